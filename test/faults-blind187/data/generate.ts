/**
 * Writes the CSVs of blind fault set 187 (kite and paraglider makers), seeded so every run gives the
 * same files: `npx tsx test/faults-blind187/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** glide.csv: finished paraglider wings -> measured glide ratio; a copy with "NA" line lengths (workshop sheet gaps). */
function glide(): void {
  const next = rng(18701);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const area = r1(clamp(normal(next, 24, 3), 16, 34));
    const aspect = r2(clamp(normal(next, 5.4, 0.7), 3.8, 7.5));
    const cells = Math.round(clamp(aspect * 9.5 + normal(next, 0, 3), 30, 90));
    const lineM = r1(clamp(area * 11 + aspect * 15 + normal(next, 0, 12), 180, 480));
    const weight = r2(clamp(area * 0.19 + normal(next, 0, 0.3), 2.5, 8));
    const pilot = Math.round(clamp(normal(next, 85, 12), 55, 125));
    const gr = r2(clamp(4.5 + 0.9 * (aspect - 3.8) + 0.012 * cells - 0.004 * (lineM - 300) - 0.08 * weight + normal(next, 0, 0.15), 4, 12));
    out.push(gr);
    const row: (string | number)[] = [`WG-${31000 + i}`, stamp(t), area, r1(area * 10.7639), aspect, cells, lineM, weight, pilot, gr];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[6] = 'NA';
    na.push(n);
  }
  const header = ['wing_id', 'finished_ts', 'area_m2', 'area_ft2', 'aspect_ratio', 'cells', 'line_total_m', 'wing_kg', 'pilot_kg', 'glide_ratio'];
  write('glide.csv', header, rows);
  write('glide-na.csv', header, na);
  console.log('glide ratio', stats(out));
}

/** wingclass.csv: wing build sheet -> certification class EN-A/EN-B/EN-C/EN-D/rare CCC; sewing table number has no effect. */
function wingclass(): void {
  const next = rng(18702);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const base: Record<string, number> = { 'EN-A': 4.5, 'EN-B': 5.3, 'EN-C': 6.1, 'EN-D': 6.8, CCC: 7.6 };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const cls = u < 0.3 ? 'EN-A' : u < 0.65 ? 'EN-B' : u < 0.85 ? 'EN-C' : u < 0.96 ? 'EN-D' : 'CCC';
    counts[cls] = (counts[cls] ?? 0) + 1;
    const k = base[cls];
    const aspect = r2(normal(next, k, 0.25));
    const cells = Math.round(normal(next, k * 11, 4));
    const brake = Math.round(clamp(normal(next, 130 - (k - 4.5) * 18, 6), 40, 180));
    const risers = k > 7 ? 2 : k > 5 ? 3 : next() < 0.5 ? 3 : 4;
    const area = r1(clamp(normal(next, 24, 2.5), 17, 32));
    const minutes = Math.round(clamp(Math.exp(normal(next, 3.5 + (k - 4.5) * 0.3, 0.5)), 5, 600));
    const table = 1 + Math.floor(next() * 14);
    rows.push([`SN-${700000 + i * 13}`, area, aspect, cells, brake, risers, minutes, table, cls]);
  }
  write('wingclass.csv', ['serial', 'area_m2', 'aspect_ratio', 'cells', 'brake_travel_cm', 'risers', 'test_flight_min', 'sewing_table', 'wing_class'], rows);
  console.log('classes', counts);
}

/** linefail.csv: line sets at inspection -> a rare "line failure" flag; the spool serial has no effect. */
function linefail(): void {
  const next = rng(18703);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const hours = Math.round(clamp(Math.exp(normal(next, 4.5, 0.8)), 2, 1500));
    const ageDays = Math.round(clamp(normal(next, 700, 400), 10, 3000));
    const load = Math.round(clamp(normal(next, 95, 15), 55, 140));
    const diam = r2(clamp(normal(next, 1.4, 0.35), 0.6, 2.6));
    const uv = r1(clamp(normal(next, 5, 2), 0, 11));
    const sheathed = next() < 0.55 ? 1 : 0;
    const spool = 200000 + Math.floor(next() * 700000);
    const z = -3.4 + 0.9 * (Math.log(hours) - 4.5) + 0.0012 * (ageDays - 700) + 0.03 * (load - 95) - 2.2 * (diam - 1.4) + 0.15 * (uv - 5) - 1.0 * sheathed;
    const fail = next() < sigmoid(z) ? 1 : 0;
    pos += fail;
    rows.push([`P-${4000 + Math.floor(next() * 900)}`, 1719800000 + i * 4100, hours, ageDays, load, diam, uv, sheathed, spool, fail]);
  }
  write('linefail.csv', ['pilot_id', 'inspected_epoch', 'hours_flown', 'line_age_days', 'pilot_load_kg', 'line_diam_mm', 'uv_index', 'sheathed', 'spool_serial', 'line_failure'], rows);
  console.log('line failures', pos, '/ 1200');
}

/** orders.csv: semicolon export with decimal commas -> order totals in euros (skewed). */
function orders(): void {
  const next = rng(18704);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const qty = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2.5);
    const area = r1(clamp(normal(next, 9, 4), 1.5, 21));
    const custom = next() < 0.3 ? 1 : 0;
    const express = next() < 0.15 ? 1 : 0;
    const lineM = r1(clamp(normal(next, 25, 6), 10, 45));
    const dealer = next() < 0.4 ? 1 : 0;
    const total = Math.round(clamp(qty * (180 + 62 * area + 3 * lineM) * (custom ? 1.35 : 1) * (express ? 1.12 : 1) * (dealer ? 0.8 : 1) * Math.exp(normal(next, 0, 0.05)), 100, 2e5));
    out.push(total);
    rows.push([`ORD-${90000 + i}`, qty, dc(area), custom, express, dc(lineM), dealer, total]);
  }
  write('orders.csv', ['order_id', 'kites_qty', 'kite_area_m2', 'custom_print', 'express', 'line_length_m', 'dealer', 'total_eur'], rows, ';');
  console.log('order eur', stats(out));
}

/** testflight.csv: tab-separated test-flight log -> flight time in seconds and minutes. */
function testflight(): void {
  const next = rng(18705);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const wind = r1(clamp(normal(next, 18, 7), 0, 45));
    const thermal = r2(clamp(normal(next, 1.5, 0.8), 0, 4));
    const exp = r1(clamp(normal(next, 6, 4), 0.2, 30));
    const area = r1(clamp(normal(next, 24, 3), 16, 34));
    const launchAlt = Math.round(clamp(normal(next, 900, 400), 100, 2500));
    const hour = 8 + Math.floor(next() * 11);
    const mins = clamp(6 + 9 * thermal + 0.008 * launchAlt + 0.4 * exp - 0.02 * (wind - 18) ** 2 + 0.3 * (area - 24) + normal(next, 0, 1.5), 1, 120);
    out.push(mins);
    rows.push([`TF-${5500 + i}`, hour, wind, thermal, exp, area, launchAlt, Math.round(mins * 60), r1(mins)]);
  }
  write('testflight.csv', ['flight_id', 'hour', 'wind_kmh', 'thermal_ms', 'pilot_years', 'area_m2', 'launch_alt_m', 'flight_s', 'flight_min'], rows, '\t');
  console.log('flight min', stats(out));
}

glide();
wingclass();
linefail();
orders();
testflight();
