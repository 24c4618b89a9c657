/**
 * Writes the CSVs of blind fault set 172 (tanneries and leather-goods workshops), seeded so every run
 * gives the same files: `npx tsx test/faults-blind172/data/generate.ts`.
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

/** hides.csv: tanning batch log -> tensile strength N/mm2; a copy with "NA" chrome cells (lab sheet gaps). */
function hides(): void {
  const next = rng(17201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5400);
    const worker = 1 + Math.floor(next() * 14);
    const sqft = r1(clamp(normal(next, 48, 9), 20, 80));
    const thick = r2(clamp(normal(next, 1.6, 0.35), 0.8, 3));
    const drum = r1(clamp(normal(next, 10, 2.5), 4, 20));
    const chrome = r2(clamp(normal(next, 3.4, 0.6), 1.5, 5.5));
    const temp = r1(clamp(normal(next, 38, 3), 28, 48));
    const ph = r2(clamp(normal(next, 3.9, 0.25), 3.2, 4.6));
    const tensile = r1(12 + 5 * (thick - 1.6) + 0.9 * (drum - 10) + 3.2 * (chrome - 3.4) - 0.25 * (temp - 38) ** 2 / 3 + 4 * Math.tanh(2 * (ph - 3.9)) + normal(next, 0, 0.8));
    out.push(tensile);
    const row: (string | number)[] = [`TB-${31000 + i}`, `W${String(worker).padStart(3, '0')}`, stamp(t), sqft, r2(sqft * 0.092903), thick, drum, chrome, temp, ph, tensile];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'worker_id', 'loaded_at', 'area_sqft', 'area_m2', 'thickness_mm', 'drum_hours', 'chrome_pct', 'float_temp_c', 'ph', 'tensile_n_mm2'];
  write('hides.csv', header, rows);
  write('hides-na.csv', header, na);
  console.log('tensile', stats(out));
}

/** grade.csv: crust-leather inspection -> grade A/B/C/D/rare reject; the rack number has no effect. */
function grade(): void {
  const next = rng(17202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const G = ['A', 'B', 'C', 'D', 'reject'];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const g = u < 0.22 ? 0 : u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.96 ? 3 : 4;
    counts[G[g]] = (counts[G[g]] ?? 0) + 1;
    const scars = Math.max(0, Math.round(normal(next, [0.5, 2, 4, 7, 12][g], 1.0)));
    const grain = r1(clamp(normal(next, [9, 7.5, 6, 4.5, 2.5][g], 0.6), 0, 10));
    const thickVar = r2(clamp(normal(next, [0.05, 0.1, 0.16, 0.24, 0.4][g], 0.03), 0, 1));
    const sqft = r1(clamp(normal(next, 45, 10), 15, 85));
    const dye = r2(clamp(normal(next, [0.2, 0.4, 0.7, 1.0, 1.8][g], 0.15), 0, 3));
    const rack = 1 + Math.floor(next() * 40);
    rows.push([`HD-${600000 + i * 3}`, sqft, scars, grain, thickVar, dye, rack, G[g]]);
  }
  write('grade.csv', ['hide_id', 'area_sqft', 'scar_count', 'grain_score', 'thickness_sd_mm', 'dye_delta_e', 'rack_no', 'grade'], rows);
  console.log('grades', counts);
}

/** reject.csv: finished bags and belts at QC -> a rare reject flag; the stamp serial has no effect. */
function reject(): void {
  const next = rng(17203);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const stitches = Math.round(clamp(normal(next, 8, 1.2), 4, 12));
    const edge = r2(clamp(normal(next, 0.3, 0.15), 0, 1));
    const glue = Math.round(clamp(normal(next, 120, 40), 20, 400));
    const moisture = r1(clamp(normal(next, 14, 2.5), 6, 25));
    const hours = r1(clamp(Math.exp(normal(next, 1.2, 0.5)), 0.5, 20));
    const serial = 200000 + Math.floor(next() * 700000);
    const z = -4.2 - 1.2 * (stitches - 8) + 6 * (edge - 0.3) + 0.012 * (glue - 120) + 0.5 * (moisture - 14) - 0.3 * (hours - 3.3);
    const rej = next() < sigmoid(3 * z) ? 1 : 0;
    pos += rej;
    rows.push([`W${String(1 + (i % 14)).padStart(3, '0')}`, 1704100000 + i * 2700, stitches, edge, glue, moisture, hours, serial, rej]);
  }
  write('reject.csv', ['worker_id', 'qc_epoch', 'stitches_per_cm', 'edge_fray_mm', 'glue_g_m2', 'moisture_pct', 'bench_hours', 'stamp_serial', 'reject'], rows);
  console.log('reject', pos, '/ 1200');
}

/** orders.csv: semicolon export with decimal commas -> order value in cents (skewed). */
function orders(): void {
  const next = rng(17204);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const items = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 6);
    const m2 = r2(clamp(items * normal(next, 0.35, 0.05), 0.1, 40));
    const handStitched = next() < 0.3 ? 1 : 0;
    const exotic = next() < 0.08 ? 1 : 0;
    const rush = next() < 0.15 ? 1 : 0;
    const cents = Math.round(items * 4500 * (1 + 0.8 * handStitched) * (1 + 1.5 * exotic) * (1 + 0.25 * rush) + m2 * 2000 * (1 + exotic) + normal(next, 0, 300));
    out.push(cents);
    rows.push([`ORD-${90000 + i}`, items, dc(m2), handStitched, exotic, rush, Math.max(cents, 500)]);
  }
  write('orders.csv', ['order_id', 'items', 'leather_m2', 'hand_stitched', 'exotic', 'rush', 'value_cents'], rows, ';');
  console.log('order cents', stats(out));
}

/** drum.csv: tab-separated drum runs -> hours until the chrome is through (and the same in minutes). */
function drum(): void {
  const next = rng(17205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 850; i++) {
    const load = Math.round(clamp(normal(next, 2500, 700), 600, 5000));
    const thick = r2(clamp(normal(next, 1.7, 0.4), 0.8, 3.2));
    const rpm = r1(clamp(normal(next, 9, 2), 4, 16));
    const floatPct = Math.round(clamp(normal(next, 120, 30), 50, 250));
    const temp = r1(clamp(normal(next, 30, 4), 18, 42));
    const h = r2(clamp(2 + 3.2 * thick * thick - 0.25 * (rpm - 9) + 0.0006 * (load - 2500) - 0.12 * (temp - 30) + normal(next, 0, 0.3), 1, 40));
    out.push(h);
    rows.push([`DR-${String(1 + (i % 6))}`, `RUN-${44000 + i}`, load, thick, rpm, floatPct, temp, h, Math.round(h * 60)]);
  }
  write('drum.csv', ['drum_id', 'run_id', 'load_kg', 'thickness_mm', 'rpm', 'float_pct', 'bath_temp_c', 'hours', 'minutes'], rows, '\t');
  console.log('drum hours', stats(out));
}

hides();
grade();
reject();
orders();
drum();
