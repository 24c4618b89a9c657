/**
 * Writes the CSVs of blind fault set 135 (cement kilns and ready-mix concrete plants), seeded so every
 * run gives the same files: `npx tsx test/faults-blind135/data/generate.ts`.
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
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** kiln.csv: hourly kiln log -> clinker tonnes per hour; a copy with "NA" burning-zone temperatures (sensor dropouts). */
function kiln(): void {
  const next = rng(13501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735689600;
  for (let i = 0; i < 1000; i++) {
    t += 3600;
    const feed = r1(clamp(normal(next, 260, 25), 180, 340));
    const tempC = Math.round(clamp(normal(next, 1450, 35), 1330, 1560));
    const fuel = r2(clamp(normal(next, 14, 1.8), 9, 20));
    const rpm = r2(clamp(normal(next, 3.6, 0.3), 2.6, 4.5));
    const o2 = r2(clamp(normal(next, 2.5, 0.7), 0.5, 5));
    const lsf = r3(clamp(normal(next, 0.95, 0.02), 0.88, 1.02));
    const clinker = r1(clamp(feed / 1.57 - 0.9 * (o2 - 2.5) ** 2 + 0.05 * (tempC - 1450) + 4 * (rpm - 3.6) - 60 * (lsf - 0.95) + normal(next, 0, 3), 80, 260));
    out.push(clinker);
    const row: (string | number)[] = [`K2-${String(i).padStart(5, '0')}`, stamp(t), feed, tempC, Math.round(tempC * 9 / 5 + 32), fuel, rpm, o2, lsf, 1000 + Math.floor(next() * 9000), clinker];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[3] = 'NA';
    na.push(n);
  }
  const header = ['log_id', 'logged_at', 'raw_meal_tph', 'burning_zone_c', 'burning_zone_f', 'fuel_tph', 'kiln_rpm', 'o2_pct', 'lsf', 'operator_badge', 'clinker_tph'];
  write('kiln.csv', header, rows);
  write('kiln-na.csv', header, na);
  console.log('clinker tph', stats(out));
}

/** strength.csv: cube tests, semicolon export with decimal commas -> 28-day strength in MPa and psi. */
function strength(): void {
  const next = rng(13502);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1735689600;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const cement = Math.round(clamp(normal(next, 330, 60), 200, 500));
    const wcr = r2(clamp(normal(next, 0.5, 0.07), 0.32, 0.7));
    const water = Math.round(cement * wcr);
    const slag = Math.round(clamp(normal(next, 60, 50), 0, 200));
    const agg = Math.round(clamp(normal(next, 1850, 80), 1600, 2100));
    const age = [3, 7, 14, 28, 28, 28, 56, 90][Math.floor(next() * 8)];
    const slump = Math.round(clamp(normal(next, 100, 35), 20, 220));
    const mpa = r1(clamp((95 * Math.exp(-2.2 * wcr) + 0.03 * slag) * (Math.log(age + 1) / Math.log(29)) * (0.9 + 0.2 * (cement - 330) / 330) + normal(next, 0, 2.5), 5, 95));
    out.push(mpa);
    rows.push([`B${240000 + i}`, stamp(t), cement, water, String(wcr).replace('.', ','), slag, agg, age, slump, String(r2(slump / 25.4)).replace('.', ','), String(mpa).replace('.', ','), Math.round(mpa * 145.038)]);
  }
  write('strength.csv', ['batch_id', 'cast_at', 'cement_kg_m3', 'water_kg_m3', 'wc_ratio', 'slag_kg_m3', 'aggregate_kg_m3', 'age_days', 'slump_mm', 'slump_in', 'strength_mpa', 'strength_psi'], rows, ';');
  console.log('strength MPa', stats(out));
}

/** mix.csv: delivery tickets -> mix design class (C20/C25/C30/C40, rare C50); the plant dispatcher's desk has no effect. */
function mix(): void {
  const next = rng(13503);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.25 ? 0 : u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.96 ? 3 : 4;
    const cls = ['C20', 'C25', 'C30', 'C40', 'C50'][k];
    counts[cls] = (counts[cls] ?? 0) + 1;
    const cement = Math.round(clamp(normal(next, 260 + 45 * k, 18), 180, 560));
    const wcr = r2(clamp(normal(next, 0.62 - 0.05 * k, 0.025), 0.3, 0.75));
    const admix = r2(clamp(normal(next, 0.4 + 0.5 * k, 0.3), 0, 4));
    const slump = Math.round(clamp(normal(next, 80 + 15 * k, 25), 20, 240));
    const volume = r1(clamp(Math.exp(normal(next, 1.8, 0.4)), 1, 12));
    const desk = 1 + Math.floor(next() * 8);
    rows.push([`T-${510000 + i * 3}`, cement, wcr, admix, slump, volume, desk, cls]);
  }
  write('mix.csv', ['ticket_id', 'cement_kg_m3', 'wc_ratio', 'admixture_l_m3', 'slump_mm', 'load_m3', 'dispatch_desk', 'mix_design'], rows);
  console.log('mix designs', counts);
}

/** cube.csv: cube tests -> a rare failed-cube flag; the mould serial has no effect. */
function cube(): void {
  const next = rng(13504);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const wcr = r2(clamp(normal(next, 0.5, 0.06), 0.35, 0.7));
    const cureC = r1(clamp(normal(next, 18, 6), 0, 35));
    const airPct = r1(clamp(normal(next, 2.5, 1.2), 0.5, 8));
    const haulMin = Math.round(clamp(Math.exp(normal(next, 3.4, 0.5)), 8, 180));
    const added = next() < 0.15 ? 1 : 0; // water added on site
    const psiTarget = [3000, 4000, 5000][Math.floor(next() * 3)];
    const z = -4.6 + 30 * (wcr - 0.5) - 0.17 * (cureC - 18) + 1.1 * (airPct - 2.5) + 0.03 * (haulMin - 30) + 3.6 * added;
    const fail = next() < sigmoid(z) ? 1 : 0;
    pos += fail;
    rows.push([`CUBE-${70000 + i}`, wcr, cureC, airPct, haulMin, added, psiTarget, 100000 + Math.floor(next() * 899999), fail]);
  }
  write('cube.csv', ['cube_id', 'wc_ratio', 'cure_temp_c', 'air_pct', 'haul_min', 'water_added', 'spec_psi', 'mould_serial', 'failed'], rows);
  console.log('failed cubes', pos, '/ 1200');
}

/** trucks.csv: tab-separated yard log -> skewed truck wait minutes (and seconds). */
function trucks(): void {
  const next = rng(13505);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const hour = 5 + Math.floor(next() * 14);
    const queue = Math.floor(clamp(Math.exp(normal(next, 1.2, 0.7)), 0, 30));
    const pours = Math.floor(next() * 9);
    const load = r1(clamp(normal(next, 8, 1.5), 3, 12));
    const mixers = 2 + Math.floor(next() * 3);
    const wait = r1(clamp(Math.exp(0.9 + 0.18 * queue + 0.08 * pours - 0.25 * (mixers - 3) + (hour >= 6 && hour <= 8 ? 0.4 : 0) + normal(next, 0, 0.15)), 0.5, 400));
    out.push(wait);
    rows.push([`TRK-${300 + (i % 60)}`, hour, queue, pours, load, mixers, wait, Math.round(wait * 60)]);
  }
  write('trucks.csv', ['truck_id', 'hour', 'queue_len', 'pours_open', 'load_m3', 'mixers_running', 'wait_min', 'wait_s'], rows, '\t');
  console.log('wait min', stats(out));
}

kiln(); strength(); mix(); cube(); trucks();
