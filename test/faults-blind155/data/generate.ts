/**
 * Writes the CSVs of blind fault set 155 (laundries and dry cleaners), seeded so every run gives the
 * same files: `npx tsx test/faults-blind155/data/generate.ts`.
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

/** wash.csv: washer log -> energy kWh of the cycle; a copy with "NA" detergent cells (dosing pump offline). */
function wash(): void {
  const next = rng(15501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735700000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 900);
    const machine = 1 + Math.floor(next() * 14);
    const kg = r1(clamp(normal(next, 6.5, 2.2), 1, 12));
    const u = next();
    const tc = u < 0.3 ? 30 : u < 0.65 ? 40 : u < 0.9 ? 60 : 90;
    const cycle = Math.round(clamp(normal(next, 30 + tc * 0.5, 8), 15, 120));
    const det = Math.round(clamp(normal(next, 20 + kg * 9, 12), 10, 200));
    const rpm = [800, 1000, 1200, 1400][Math.floor(next() * 4)];
    const kwh = r2(clamp(0.05 * kg * (tc - 12) / 10 + 0.006 * cycle + 0.0002 * rpm + normal(next, 0, 0.12), 0.1, 10));
    out.push(kwh);
    const row: (string | number)[] = [`T-${880000 + i}`, stamp(t), `WM-${String(machine).padStart(2, '0')}`, kg, r1(kg * 2.20462), tc, Math.round(tc * 1.8 + 32), cycle, det, rpm, kwh];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[8] = 'NA';
    na.push(n);
  }
  const header = ['ticket_id', 'started_at', 'machine_id', 'load_kg', 'load_lb', 'temp_c', 'temp_f', 'cycle_min', 'detergent_ml', 'spin_rpm', 'energy_kwh'];
  write('wash.csv', header, rows);
  write('wash-na.csv', header, na);
  console.log('energy kwh', stats(out));
}

/** fabric.csv: care-program readings -> fabric type (cotton/synthetic/wool/silk/rare leather); the counter number has no effect. */
function fabric(): void {
  const next = rng(15502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.38 ? 'cotton' : u < 0.68 ? 'synthetic' : u < 0.84 ? 'wool' : u < 0.96 ? 'silk' : 'leather';
    counts[type] = (counts[type] ?? 0) + 1;
    const tc = Math.round(clamp(type === 'cotton' ? normal(next, 55, 12) : type === 'synthetic' ? normal(next, 40, 6) : type === 'wool' ? normal(next, 30, 3) : type === 'silk' ? normal(next, 28, 3) : normal(next, 20, 3), 15, 95));
    const rpm = Math.round(clamp(type === 'cotton' ? normal(next, 1300, 120) : type === 'synthetic' ? normal(next, 1000, 120) : type === 'wool' ? normal(next, 700, 100) : type === 'silk' ? normal(next, 500, 80) : normal(next, 0, 50), 0, 1600));
    const grams = Math.round(clamp(Math.exp(normal(next, type === 'leather' ? 7.0 : type === 'silk' ? 5.0 : type === 'wool' ? 6.4 : 5.9, 0.35)), 40, 4000));
    const solvent = type === 'silk' || type === 'leather' || (type === 'wool' && next() < 0.6) ? 1 : 0;
    const minutes = Math.round(clamp(normal(next, type === 'cotton' ? 70 : type === 'synthetic' ? 50 : type === 'leather' ? 90 : 35, 10), 10, 180));
    const counter = 1 + Math.floor(next() * 6);
    rows.push([`G-${40000 + i}`, tc, rpm, grams, solvent, minutes, counter, type]);
  }
  write('fabric.csv', ['garment_tag', 'temp_c', 'spin_rpm', 'weight_g', 'solvent', 'program_min', 'counter_no', 'fabric'], rows);
  console.log('fabric', counts);
}

/** damage.csv: dry-cleaning orders -> rare garment-damage claim (0/1); the locker number has no effect. */
function damage(): void {
  const next = rng(15503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const tf = Math.round(clamp(normal(next, 120, 30), 68, 200));
    const age = r1(clamp(Math.exp(normal(next, 1.0, 0.7)), 0.1, 25));
    const stain = Math.round(clamp(normal(next, 3, 2), 0, 10));
    const bleach = next() < 0.15 ? 1 : 0;
    const press = Math.round(clamp(normal(next, 150, 25), 90, 230));
    const locker = 100 + Math.floor(next() * 400);
    const z = -6.2 + 0.025 * (tf - 120) + 0.18 * age + 0.35 * stain + 2.0 * bleach + 0.02 * (press - 150);
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`DC-${7000 + i}`, tf, age, stain, bleach, press, locker, y]);
  }
  write('damage.csv', ['order_id', 'solvent_temp_f', 'garment_age_y', 'stain_score', 'bleach', 'press_temp_c', 'locker_no', 'damaged'], rows);
  console.log('damaged', pos, '/ 1200');
}

/** tickets.csv: semicolon export with decimal commas (European till) -> skewed ticket total in euros. */
function tickets(): void {
  const next = rng(15504);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dec = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const items = 1 + Math.floor(Math.exp(normal(next, 1.0, 0.7)));
    const dry = Math.min(items, Math.floor(next() * (items + 1)));
    const express = next() < 0.2 ? 1 : 0;
    const member = next() < 0.4 ? 1 : 0;
    const kg = r1(clamp(normal(next, items * 0.8, 0.5), 0.3, 40));
    const total = r2(clamp((3.5 * kg + 9 * dry) * (1 + 0.5 * express) * (1 - 0.1 * member) + normal(next, 0, 2), 2, 2000));
    out.push(total);
    rows.push([`R${2025000 + i}`, items, dry, dec(kg), express, member, dec(total)]);
  }
  write('tickets.csv', ['receipt', 'items', 'dryclean_items', 'wash_kg', 'express', 'member', 'total_eur'], rows, ';');
  console.log('ticket eur', stats(out));
}

/** drying.csv: tab-separated dryer log -> drying minutes (and seconds); skewed. */
function drying(): void {
  const next = rng(15505);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const kg = r1(clamp(normal(next, 7, 2.5), 1, 15));
    const moist = Math.round(clamp(normal(next, 55, 10), 25, 85));
    const tf = [130, 145, 160, 175][Math.floor(next() * 4)];
    const amb = r1(clamp(normal(next, 24, 5), 5, 40));
    const lint = next() < 0.1 ? 1 : 0;
    const min = r1(clamp(kg * moist * 0.09 * (175 / tf) * (1 + 0.4 * lint) - 0.2 * (amb - 24) + normal(next, 0, 2.5), 8, 150));
    out.push(min);
    rows.push([`DR-${String(1 + Math.floor(next() * 8)).padStart(2, '0')}`, kg, moist, tf, amb, lint, min, Math.round(min * 60)]);
  }
  write('drying.csv', ['dryer_id', 'load_kg', 'moisture_pct', 'dryer_temp_f', 'ambient_c', 'lint_clogged', 'dry_min', 'dry_s'], rows, '\t');
  console.log('dry min', stats(out));
}

wash();
fabric();
damage();
tickets();
drying();
