/**
 * Writes the CSVs of blind fault set 112 (water utilities and treatment plants), seeded so every run
 * gives the same files: `npx tsx test/faults-blind112/data/generate.ts`.
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
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** pumps.csv: booster pump station readings -> discharge pressure in bar; a copy with "NA" reservoir levels. */
function pumps(): void {
  const next = rng(11201);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 840; i++) {
    const ts = 1719792000 + i * 1800 + Math.floor(next() * 600);
    const st = `PS-${String(1 + (i % 12)).padStart(2, '0')}`;
    const rpm = Math.round(clamp(normal(next, 1450, 220), 700, 2950));
    const flow = r1(clamp(Math.exp(normal(next, 4.2, 0.5)), 8, 900));
    const level = r2(clamp(normal(next, 6.5, 1.8), 0.5, 12));
    const temp = r1(clamp(normal(next, 14, 5), 1, 30));
    const valves = Math.floor(next() * 5);
    const p = r2(clamp(0.8 + 2.2 * (rpm / 1450) ** 2 - 0.0022 * flow + 0.1 * level + 0.15 * valves - 0.005 * temp + normal(next, 0, 0.12), 0.2, 12));
    out.push(p);
    const row: (string | number)[] = [st, isoDay(ts), ts, rpm, flow, level, temp, valves, p];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[5] = 'NA';
    na.push(n);
  }
  const header = ['station_id', 'reading_date', 'reading_ts', 'pump_rpm', 'flow_lps', 'reservoir_level_m', 'water_temp_c', 'valves_open', 'discharge_bar'];
  write('pumps.csv', header, rows);
  write('pumps-na.csv', header, na);
  console.log('pressure', stats(out));
}

/** quality.csv: treatment plant grab samples -> chlorine residual in mg/L at the outlet. */
function quality(): void {
  const next = rng(11202);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 760; i++) {
    const ts = 1717200000 + i * 5400 + Math.floor(next() * 900);
    const turb = r2(clamp(Math.exp(normal(next, 1.1, 0.9)), 0.1, 400));
    const dose = r2(clamp(normal(next, 2.4, 0.5), 0.8, 4.5));
    const ph = r2(clamp(normal(next, 7.4, 0.3), 6.4, 8.6));
    const temp = r1(clamp(normal(next, 15, 6), 1, 32));
    const contact = Math.round(clamp(normal(next, 45, 15), 10, 120));
    const flow = Math.round(clamp(normal(next, 320, 90), 60, 700));
    const residual = r3(clamp(dose * Math.exp(-0.004 * contact * (1 + temp / 20)) - 0.12 * Math.log1p(turb) - 0.25 * (ph - 7.4) - 0.0004 * (flow - 320) + normal(next, 0, 0.05), 0, 4));
    out.push(residual);
    rows.push([`WQ-${500000 + i}`, new Date(ts * 1000).toISOString().slice(0, 16).replace('T', ' '), turb, dose, ph, temp, contact, flow, residual]);
  }
  write('quality.csv', ['sample_id', 'sampled_at', 'raw_turbidity_ntu', 'chlorine_dose_mg_l', 'ph', 'water_temp_c', 'contact_minutes', 'plant_flow_lps', 'chlorine_residual_mg_l'], rows);
  console.log('residual', stats(out));
}

/** pipes.csv: the pipe asset register -> pipe material (pvc / ductile_iron / cast_iron / hdpe / a rare asbestos_cement; 3% mislabelled). */
function pipes(): void {
  const next = rng(11203);
  const rows: (string | number)[][] = [];
  const names = ['pvc', 'ductile_iron', 'cast_iron', 'hdpe', 'asbestos_cement'];
  const weights = [0.36, 0.25, 0.2, 0.14, 0.05];
  const counts = [0, 0, 0, 0, 0];
  // per class: install year, diameter mm, wall mm, hazen-williams C, breaks per 10 years (mean log), depth m
  const proto = [[1995, 150, 8, 145, -1.5, 1.1], [1985, 300, 9, 130, -1.0, 1.4], [1952, 200, 14, 95, 0.6, 1.2], [2008, 125, 11, 150, -2.0, 1.0], [1965, 250, 20, 120, 0.0, 1.3]];
  for (let i = 0; i < 820; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const p = proto[k];
    const year = Math.round(clamp(normal(next, p[0], 8), 1900, 2024));
    const dia = Math.round(clamp(normal(next, p[1], p[1] * 0.25), 50, 900) / 25) * 25;
    const wall = r1(clamp(normal(next, p[2], 1.6), 3, 30));
    const c = Math.round(clamp(normal(next, p[3], 8), 60, 155));
    const breaks = Math.min(40, Math.floor(Math.exp(normal(next, p[4], 0.9))));
    const depth = r2(clamp(normal(next, p[5], 0.2), 0.6, 3));
    const len = Math.round(clamp(Math.exp(normal(next, 5, 0.8)), 5, 4000));
    let label = k;
    if (next() < 0.03) label = Math.floor(next() * 5);
    counts[label]++;
    rows.push([`MN-${10000 + i}`, `Z${1 + Math.floor(next() * 9)}`, year, dia, wall, c, breaks, depth, len, names[label]]);
  }
  write('pipes.csv', ['asset_id', 'pressure_zone', 'install_year', 'diameter_mm', 'wall_mm', 'hazen_c', 'breaks_10y', 'depth_m', 'length_m', 'material'], rows);
  console.log('classes', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** mains.csv: district-metered-area alarms -> a rare main_burst flag (logistic) and leak detection minutes (skewed); a copy with empty acoustic cells. */
function mains(): void {
  const next = rng(11204);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  let pos = 0;
  const mins: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const ts = 1709251200 + i * 2700 + Math.floor(next() * 1200);
    const drop = r1(clamp(Math.exp(normal(next, 2.2, 0.8)), 0.5, 400));
    const night = r2(clamp(normal(next, 4, 1.5) + (next() < 0.1 ? Math.exp(normal(next, 1.5, 0.7)) : 0), 0.3, 60));
    const db = r1(clamp(normal(next, 38, 7), 15, 90));
    const soil = Math.round(clamp(normal(next, 30, 10), 5, 60));
    const age = Math.round(clamp(normal(next, 45, 20), 1, 110));
    const frost = next() < 0.15 ? 1 : 0;
    const z = -6.3 + 0.55 * Math.log1p(drop) + 0.18 * night + 0.06 * (db - 38) + 0.02 * age + 1.1 * frost;
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    const minutes = Math.round(clamp(Math.exp(4.8 - 0.35 * Math.log1p(drop) + 0.01 * age - 0.03 * (db - 38) + 0.6 * (1 - flag) * 0 + normal(next, 0, 0.45)), 3, 9000));
    mins.push(minutes);
    const row: (string | number)[] = [`DMA-${100 + (i % 37)}`, `M${7700000 + Math.floor(next() * 99999)}`, new Date(ts * 1000).toISOString().slice(0, 19), ts, drop, night, db, soil, age, frost, flag, minutes];
    rows.push(row);
    const b = [...row];
    if (i % 31 === 9) b[6] = '';
    blank.push(b);
  }
  const header = ['dma_id', 'meter_id', 'alarm_time', 'alarm_ts', 'pressure_drop_kpa', 'night_flow_lps', 'acoustic_db', 'soil_moisture_pct', 'pipe_age_years', 'frost_day', 'main_burst', 'leak_detect_minutes'];
  write('mains.csv', header, rows);
  write('mains-blank.csv', header, blank);
  console.log('bursts', pos, 'of 1000; minutes', stats(mins));
}

/** bills.csv: a semicolon export with decimal commas (the billing system's spreadsheet) -> the monthly bill in cents (skewed). */
function bills(): void {
  const next = rng(11205);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const ts = 1704067200 + i * 2900 + Math.floor(next() * 2000);
    const hh = Math.round(clamp(Math.exp(normal(next, 0.9, 0.45)), 1, 9));
    const lot = Math.round(clamp(Math.exp(normal(next, 6.2, 0.6)), 80, 8000));
    const pool = next() < 0.08 ? 1 : 0;
    const days = Math.round(clamp(normal(next, 30, 1.5), 27, 34));
    const leakFlag = next() < 0.04 ? 1 : 0;
    const m3 = r2(clamp(hh * 3.1 + lot * 0.0025 + 9 * pool + 14 * leakFlag + normal(next, 0, 1.5), 0.5, 200) * days / 30);
    const cents = Math.round(clamp(1850 + (m3 <= 15 ? m3 * 210 : 15 * 210 + (m3 - 15) * 390) + normal(next, 0, 120), 900, 200000));
    out.push(cents);
    rows.push([`M${7700000 + i * 37}`, isoDay(ts), hh, lot, pool, days, dc(m3), leakFlag, cents]);
  }
  write('bills.csv', ['meter_id', 'read_date', 'household_size', 'lot_area_m2', 'has_pool', 'days_billed', 'consumption_m3', 'leak_alert', 'bill_cents'], rows, ';');
  console.log('bill cents', stats(out));
}

pumps();
quality();
pipes();
mains();
bills();
