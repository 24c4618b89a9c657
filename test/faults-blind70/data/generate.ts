/**
 * Writes the CSVs of the seventieth blind fault set (restaurants and food service), seeded so every
 * run gives the same files: `npx tsx test/faults-blind70/data/generate.ts`.
 *
 * - daily-sales.csv: 420 days of one restaurant (store 17): weekday, weather one-hot, temperature,
 *   holiday and promo flags, covers (skewed count), revenue in currency (skewed), day_type busy/normal/quiet.
 * - deliveries.csv: 520 delivery orders: order id, epoch timestamp, distance in m, basket value, items,
 *   hour, couriers on shift, delivery minutes (heavy-tailed), late flag (over 45 min).
 * - fridge-log.csv: 640 hourly kitchen sensor readings: fridge temperature, door openings, compressor
 *   power in W (hundreds), ambient temperature, breach flag (rare, about 4%).
 * - menu-items.csv: 330 menu items: price, calories (hundreds), prep minutes, vegetarian flag, margin
 *   share, sales tier low/mid/top.
 * - inspections.csv: 360 hygiene inspections: violations, days since last, compliance shares, seats,
 *   grade A/B/C, also as one-hot columns grade_A, grade_B, grade_C.
 * - food-waste.csv: 380 kitchen shifts: covers, prepped kg, menu size, dinner/weekend flags, waste kg.
 * Faulty-data variants: daily-sales-gaps.csv (NA and empty cells), deliveries-export.csv (a text
 * column "zone"), fridge-log-week.csv (four rows only).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function dailySales(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7001);
  const header = ['date_epoch', 'store_id', 'weekday', 'wx_sunny', 'wx_cloudy', 'wx_rain', 'temp_c', 'holiday', 'promo', 'covers', 'revenue', 'day_type'];
  const rows: (string | number)[][] = [];
  const start = 1672531200; // 2023-01-01
  const latent: number[] = [];
  const raw: (string | number)[][] = [];
  for (let d = 0; d < 420; d++) {
    const weekday = d % 7;
    const season = Math.sin((2 * Math.PI * d) / 365);
    const temp = r1(clamp(13 + 9 * season + normal(next, 0, 3), -5, 35));
    const u = next();
    const wx = u < 0.4 ? 0 : u < 0.75 ? 1 : 2;
    const holiday = next() < 0.05 ? 1 : 0;
    const promo = next() < 0.2 ? 1 : 0;
    const weekend = weekday >= 4 ? 1 : 0; // fri, sat, sun
    // log-revenue from simple rules; exp makes it skewed
    const logRev = 8.3 + 0.45 * weekend + 0.12 * (weekday === 5 ? 1 : 0) + 0.3 * holiday + 0.2 * promo
      - 0.25 * (wx === 2 ? 1 : 0) + 0.08 * (wx === 0 ? 1 : 0) + 0.012 * temp + normal(next, 0, 0.06);
    const revenue = r2(Math.exp(logRev));
    const covers = Math.max(5, Math.round(revenue / (28 + normal(next, 0, 1.5))));
    latent.push(logRev);
    raw.push([start + d * 86400, 17, weekday, wx === 0 ? 1 : 0, wx === 1 ? 1 : 0, wx === 2 ? 1 : 0, temp, holiday, promo, covers, revenue]);
  }
  const sorted = [...latent].sort((a, b) => a - b);
  const lo = sorted[Math.floor(sorted.length * 0.3)], hi = sorted[Math.floor(sorted.length * 0.7)];
  raw.forEach((r, i) => rows.push([...r, latent[i] >= hi ? 'busy' : latent[i] <= lo ? 'quiet' : 'normal']));
  return { header, rows };
}

function deliveries(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7002);
  const header = ['order_id', 'created_epoch', 'distance_m', 'basket_value', 'items', 'hour', 'couriers', 'delivery_min', 'late'];
  const rows: (string | number)[][] = [];
  let ts = 1693526400;
  for (let i = 0; i < 520; i++) {
    ts += Math.round(300 + 900 * next());
    const distance = Math.round(clamp(Math.exp(normal(next, 7.8, 0.55)), 250, 12000));
    const items = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2.2);
    const basket = r2(items * (9 + 6 * next()) + 2 * next());
    const hour = [11, 12, 12, 13, 13, 14, 17, 18, 19, 19, 20, 20, 21, 22][Math.floor(next() * 14)];
    const peak = hour === 12 || hour === 13 || hour === 19 || hour === 20 ? 1 : 0;
    const couriers = 3 + Math.floor(next() * 10);
    const base = 10 + distance / 280 + 0.9 * items + 7 * peak - 0.6 * couriers;
    const tail = Math.exp(normal(next, 0, 0.18));
    const minutes = r1(Math.max(8, base * tail));
    rows.push([100000 + i * 7 + Math.floor(next() * 7), ts, distance, basket, items, hour, couriers, minutes, minutes > 45 ? 1 : 0]);
  }
  return { header, rows };
}

function fridgeLog(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7003);
  const header = ['reading_id', 'ts_epoch', 'fridge_temp_c', 'door_openings', 'compressor_w', 'ambient_c', 'breach'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 640; i++) {
    const ambient = r1(clamp(24 + normal(next, 0, 3), 15, 36));
    const doors = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 4);
    const faulty = next() < 0.06 ? 1 : 0;
    const compressor = Math.round(faulty ? 140 + 120 * next() : 380 + 140 * next() + 4 * (ambient - 24));
    const temp = r1(3.2 + 0.12 * doors + 0.05 * (ambient - 24) + (faulty ? 3.5 + 2 * next() : 0) + normal(next, 0, 0.5));
    const score = 3.2 * (temp - 6.6) + 0.15 * (doors - 8) - 0.004 * (compressor - 300);
    const breach = next() < sigmoid(score) ? 1 : 0;
    rows.push([5000 + i, 1704067200 + i * 3600, temp, doors, compressor, ambient, breach]);
  }
  return { header, rows };
}

function menuItems(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7004);
  const header = ['item_id', 'price', 'calories', 'prep_min', 'vegetarian', 'margin_share', 'tier'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 330; i++) {
    const price = r2(clamp(normal(next, 14, 5), 3.5, 34));
    const calories = Math.round(clamp(normal(next, 650, 220), 150, 1400));
    const prep = Math.round(clamp(normal(next, 12, 5), 2, 35));
    const veg = next() < 0.3 ? 1 : 0;
    const margin = r2(clamp(normal(next, 0.62, 0.1), 0.3, 0.9));
    // popular: comfort food (more calories), reasonably priced, quick
    const score = 0.004 * (calories - 650) - 0.22 * (price - 14) - 0.09 * (prep - 12) + 0.5 * veg + normal(next, 0, 0.45);
    const tier = score > 0.7 ? 'top' : score < -0.7 ? 'low' : 'mid';
    rows.push([`${3000 + i}`, price, calories, prep, veg, margin, tier]);
  }
  return { header, rows };
}

function inspections(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7005);
  const header = ['establishment_id', 'critical_violations', 'minor_violations', 'days_since_last', 'temp_log_share', 'staff_trained_share', 'seats', 'grade', 'grade_A', 'grade_B', 'grade_C'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const critical = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.1);
    const minor = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3.5);
    const days = Math.round(clamp(normal(next, 300, 110), 60, 720));
    const tempLog = r2(clamp(normal(next, 0.82, 0.13), 0.3, 1));
    const trained = r2(clamp(normal(next, 0.7, 0.18), 0.1, 1));
    const seats = Math.round(clamp(Math.exp(normal(next, 4.0, 0.5)), 12, 400));
    const risk = 1.1 * critical + 0.22 * minor + 0.002 * (days - 300) - 3.5 * (tempLog - 0.82) - 2 * (trained - 0.7) + normal(next, 0, 0.35);
    const grade = risk < 1.2 ? 'A' : risk < 2.6 ? 'B' : 'C';
    rows.push([`${20000 + i * 3}`, critical, minor, days, tempLog, trained, seats, grade, grade === 'A' ? 1 : 0, grade === 'B' ? 1 : 0, grade === 'C' ? 1 : 0]);
  }
  return { header, rows };
}

function foodWaste(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7006);
  const header = ['shift_id', 'covers', 'prepped_kg', 'menu_items', 'dinner', 'weekend', 'waste_kg'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const dinner = next() < 0.55 ? 1 : 0;
    const weekend = next() < 0.3 ? 1 : 0;
    const covers = Math.round(clamp(Math.exp(normal(next, 4.4 + 0.3 * dinner + 0.25 * weekend, 0.35)), 15, 400));
    const menu = 18 + Math.floor(next() * 20);
    const prepped = r1(covers * (0.42 + 0.08 * next()) + normal(next, 6, 3));
    const expected = covers * 0.45;
    const waste = r2(Math.max(0.2, 0.6 + 0.55 * Math.max(0, prepped - expected) + 0.09 * menu + 1.2 * weekend + normal(next, 0, 0.8)));
    rows.push([`${900 + i}`, covers, prepped, menu, dinner, weekend, waste]);
  }
  return { header, rows };
}

function main(): void {
  const sales = dailySales();
  write('daily-sales.csv', sales.header, sales.rows);
  const del = deliveries();
  write('deliveries.csv', del.header, del.rows);
  const fridge = fridgeLog();
  write('fridge-log.csv', fridge.header, fridge.rows);
  const menu = menuItems();
  write('menu-items.csv', menu.header, menu.rows);
  const insp = inspections();
  write('inspections.csv', insp.header, insp.rows);
  const waste = foodWaste();
  write('food-waste.csv', waste.header, waste.rows);

  // Faulty-data variants.
  const next = rng(7099);
  const gaps = sales.rows.map((r) => {
    const row = [...r];
    if (next() < 0.04) row[6] = 'NA'; // temperature sensor offline
    if (next() < 0.03) row[9] = ''; // covers not entered
    return row;
  });
  write('daily-sales-gaps.csv', sales.header, gaps);
  const zones = ['north', 'centre', 'south', 'east'];
  write('deliveries-export.csv', [...del.header.slice(0, 3), 'zone', ...del.header.slice(3)],
    del.rows.map((r) => [...r.slice(0, 3), zones[Math.floor(next() * 4)], ...r.slice(3)]));
  write('fridge-log-week.csv', fridge.header, fridge.rows.slice(0, 4));
}

main();
