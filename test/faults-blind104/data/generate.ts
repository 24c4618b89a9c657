/**
 * Writes the CSVs of blind fault set 104 (laundries and dry cleaners), seeded so every run gives the
 * same files: `npx tsx test/faults-blind104/data/generate.ts`.
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

/** laundromat.csv: hourly counts of five self-service laundromats: loads per hour; plus a copy with "NA" outdoor temperatures (sensor gaps). */
function laundromat(): void {
  const next = rng(10401);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const stores = ['LM-CAMPUS', 'LM-HIGHST', 'LM-DOCKS', 'LM-PARK', 'LM-24H'];
  const size = [1.6, 1.0, 0.7, 0.9, 1.3];
  const washers = [32, 20, 14, 18, 26];
  const out: number[] = [];
  for (let i = 0; i < 840; i++) {
    const k = i % 5;
    const ts = 1704067200 + Math.floor(i / 5) * 3600 * 3 + Math.floor(next() * 3600);
    const weekday = Math.floor(ts / 86400 + 4) % 7;
    const hour = Math.floor((ts % 86400) / 3600);
    const temp = r1(normal(next, 11, 8));
    const rain = r1(next() < 0.3 ? Math.exp(normal(next, 0.8, 1)) : 0);
    const working = next() < 0.08 ? 6 + Math.floor(next() * 3) : 10 + Math.floor(next() * 3);
    const promo = next() < 0.1 ? 1 : 0;
    const peak = Math.exp(-((hour - 18) ** 2) / 18) + 0.6 * Math.exp(-((hour - 10) ** 2) / 10);
    const loads = Math.round(clamp(size[k] * (2 + 14 * peak * (weekday >= 5 ? 1.4 : 1) + 0.8 * rain + 3 * promo - 0.08 * (temp - 11)) * (working / 12) + normal(next, 0, 1.2), 0, 80));
    out.push(loads);
    const row: (string | number)[] = [stores[k], isoDay(ts), ts, weekday, hour, washers[k], temp, rain, working, promo, loads];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['store_id', 'date', 'hour_ts', 'weekday', 'hour', 'washers_installed', 'outdoor_temp_c', 'rain_mm', 'machines_working', 'promo', 'loads_per_hour'];
  write('laundromat.csv', header, rows);
  write('laundromat-na.csv', header, na);
  console.log('loads', med(out));
}

/** washes.csv: industrial tunnel-washer batches: a rare "stain not removed" complaint from temperature, detergent, hardness, cycle length. */
function washes(): void {
  const next = rng(10402);
  const rows: (string | number)[][] = [];
  let flags = 0;
  const machines = ['TW-01', 'TW-02', 'TW-03', 'WE-11', 'WE-12', 'WE-14'];
  for (let i = 0; i < 1000; i++) {
    const m = Math.floor(next() * 6);
    const serviceTs = 1672531200 + Math.floor(next() * 4.0e7);
    const daysSince = Math.round(clamp(Math.exp(normal(next, 3.5, 0.9)), 0, 700));
    const temp = [30, 40, 60, 90][Math.floor(next() * 4)] + Math.round(normal(next, 0, 2));
    const deterg = Math.round(clamp(normal(next, 180, 60), 20, 600));
    const loadG = Math.round(clamp(normal(next, 42000, 12000), 5000, 90000));
    const hard = Math.round(clamp(Math.exp(normal(next, 5.0, 0.5)), 20, 600));
    const cycle = Math.round(clamp(normal(next, 45, 12), 15, 120));
    const soil = Math.floor(next() * 4);
    const z = -5.6 + 2.2 * (1.1 * soil - 0.035 * (temp - 50) - 0.009 * (deterg - 180) + 0.006 * (hard - 150) - 0.04 * (cycle - 45) + 0.00003 * (loadG - 42000) + 0.004 * daysSince - 1.6) + normal(next, 0, 0.3);
    const f = next() < sigmoid(z) ? 1 : 0;
    flags += f;
    rows.push([`B${100000 + i}`, machines[m], isoDay(serviceTs), daysSince, temp, deterg, loadG, hard, cycle, soil, f]);
  }
  write('washes.csv', ['batch_id', 'machine_id', 'last_service', 'days_since_service', 'drum_temp_c', 'detergent_ml', 'load_g', 'water_hardness_ppm', 'cycle_min', 'soil_level', 'stain_not_removed'], rows);
  console.log(`stain flags ${flags}/1000`);
}

/** garments.csv: dry-cleaner intake: fabric type (rare "leather") from weight in grams, thickness, stretch, sheen; ticket ids. */
function garments(): void {
  const next = rng(10403);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['cotton', 'wool', 'polyester', 'silk', 'leather'];
  for (let i = 0; i < 700; i++) {
    const u = next();
    const c = u < 0.36 ? 0 : u < 0.6 ? 1 : u < 0.82 ? 2 : u < 0.95 ? 3 : 4;
    const weight = Math.round(clamp(Math.exp(normal(next, [6.0, 6.5, 5.6, 4.9, 7.2][c], 0.45)), 40, 6000));
    const thick = r2(clamp(normal(next, [0.5, 1.4, 0.35, 0.15, 1.2][c], [0.15, 0.35, 0.1, 0.05, 0.3][c]), 0.05, 4));
    const stretch = r1(clamp(normal(next, [4, 8, 12, 3, 1][c], 2.5), 0, 40));
    const sheen = r2(clamp(normal(next, [0.2, 0.15, 0.45, 0.8, 0.55][c], 0.12), 0, 1));
    const careTemp = [60, 30, 40, 0, 0][c] + (next() < 0.2 ? -10 : 0);
    const pieces = 1 + Math.floor(Math.exp(normal(next, 0, 0.5)));
    let k = c;
    if (next() < 0.03) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`T-${200000 + Math.floor(next() * 799999)}`, weight, thick, stretch, sheen, Math.max(0, careTemp), pieces, names[k]]);
  }
  write('garments.csv', ['ticket_id', 'weight_g', 'thickness_mm', 'stretch_pct', 'sheen', 'care_label_temp_c', 'pieces', 'fabric'], rows);
  console.log('fabrics', JSON.stringify(counts));
}

/** orders.csv: pickup-and-delivery orders: order total (skewed) and tip (skewed, often zero); plus a spreadsheet copy whose gram weights carry thousands separators in quotes. */
function orders(): void {
  const next = rng(10404);
  const rows: (string | number)[][] = [];
  const sep: (string | number)[][] = [];
  const totals: number[] = [];
  for (let i = 0; i < 760; i++) {
    const ts = 1698796800 + i * 9000 + Math.floor(next() * 5000);
    const items = Math.round(clamp(Math.exp(normal(next, 1.6, 0.8)), 1, 120));
    const weightG = Math.round(clamp(items * Math.exp(normal(next, 6.3, 0.4)), 200, 90000));
    const express = next() < 0.15 ? 1 : 0;
    const dist = r1(clamp(Math.exp(normal(next, 1.3, 0.8)), 0.3, 60));
    const visits = Math.round(clamp(Math.exp(normal(next, 1.8, 1.1)) - 1, 0, 400));
    const business = next() < 0.07 ? 1 : 0;
    const total = r2(clamp((4 + 3.2 * items + 0.0006 * weightG + 0.9 * dist) * (express ? 1.5 : 1) * (business ? 2.5 : 1) * Math.exp(normal(next, 0, 0.12)), 3, 20000));
    const tip = r2(visits < 2 && !express ? 0 : clamp(total * (0.05 + 0.02 * Math.log(1 + visits) + 0.05 * express) * Math.exp(normal(next, 0, 0.1)), 0, 2000));
    totals.push(total);
    const row: (string | number)[] = [`O${ts}`, ts, items, weightG, express, dist, visits, business, total, tip];
    rows.push(row);
    const s = [...row];
    if (weightG >= 1000) s[3] = `"${Math.floor(weightG / 1000)},${String(weightG % 1000).padStart(3, '0')}"`;
    sep.push(s);
  }
  const header = ['order_id', 'placed_ts', 'items', 'total_weight_g', 'express', 'distance_km', 'past_orders', 'business_account', 'order_total', 'tip'];
  write('orders.csv', header, rows);
  write('orders-excel.csv', header, sep);
  console.log('totals', med(totals));
}

/** cycles.csv: dry-cleaning machine cycles, semicolon export with decimal commas: solvent litres used per cycle. */
function cycles(): void {
  const next = rng(10405);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 520; i++) {
    const ts = 1696118400 + i * 14000 + Math.floor(next() * 6000);
    const loadKg = r1(clamp(normal(next, 9, 3), 1, 18));
    const cycleMin = Math.round(clamp(normal(next, 38, 8), 15, 80));
    const solventT = r1(normal(next, 26, 3));
    const filterHours = Math.round(clamp(Math.exp(normal(next, 4.5, 0.8)), 1, 900));
    const delicate = next() < 0.3 ? 1 : 0;
    const litres = r2(clamp(1.2 + 0.42 * loadKg + 0.03 * cycleMin + 0.05 * (solventT - 26) + 0.0015 * filterHours - 0.6 * delicate + normal(next, 0, 0.25), 0.2, 20));
    out.push(litres);
    rows.push([`DC-${(i % 3) + 1}`, isoDay(ts), dc(loadKg), cycleMin, dc(solventT), filterHours, delicate, dc(litres)]);
  }
  write('cycles.csv', ['machine', 'date', 'load_kg', 'cycle_min', 'solvent_temp_c', 'filter_hours', 'delicate', 'solvent_l'], rows, ';');
  console.log('solvent', med(out));
}

laundromat();
washes();
garments();
orders();
cycles();
