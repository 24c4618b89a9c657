/**
 * Writes the CSVs of blind fault set 107 (textile mills and garment factories), seeded so every run gives
 * the same files: `npx tsx test/faults-blind107/data/generate.ts`.
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
const range = (xs: number[]) => [Math.min(...xs), Math.max(...xs)];

/** looms.csv: weaving-shed loom shifts -> defects per 100 metres; plus a copy with "NA" humidity cells. */
function looms(): void {
  const next = rng(10701);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < 900; i++) {
    const ts = 1717200000 + i * 28800 + Math.floor(next() * 600);
    const shift = ['A', 'B', 'C'][i % 3];
    const ppm = Math.round(clamp(normal(next, 750, 180), 300, 1200));
    const ne = [10, 16, 20, 24, 30, 40, 50, 60, 80][Math.floor(next() * 9)];
    const hum = r1(clamp(normal(next, 62, 9), 35, 85));
    const tension = r1(clamp(normal(next, 40, 12), 10, 80));
    const age = r1(clamp(Math.exp(normal(next, 2, 0.7)), 0.5, 40));
    const width = [150, 190, 220, 280, 340, 390][Math.floor(next() * 6)];
    const y = clamp(0.6 + 1.6 * ((ppm - 750) / 180) ** 2 * 0.5 + 1.2 * (ppm - 750) / 180 + 0.04 * (ne - 40) + 0.9 * Math.abs(hum - 62) / 9 + 0.5 * Math.log(age) + 0.02 * (tension - 40) + normal(next, 0, 0.35) + 2, 0, 30);
    const d = r2(y);
    ys.push(d);
    const row: (string | number)[] = [`BOLT-${200000 + i}`, ts, shift, ppm, ne, hum, tension, age, width, d];
    rows.push(row);
    const n = [...row];
    if (i % 31 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['bolt_id', 'shift_ts', 'shift', 'picks_per_min', 'yarn_count_ne', 'humidity_pct', 'warp_tension_cn', 'loom_age_years', 'reed_width_cm', 'defects_per_100m'];
  write('looms.csv', header, rows);
  write('looms-na.csv', header, na);
  console.log('looms defects', range(ys));
}

/** sewing.csv: sewing-floor machine sessions -> a rare needle_break flag. */
function sewing(): void {
  const next = rng(10702);
  const rows: (string | number)[][] = [];
  let breaks = 0;
  for (let i = 0; i < 850; i++) {
    const ts = 1719792000 + i * 3600 + Math.floor(next() * 1800);
    const spm = Math.round(clamp(normal(next, 3200, 900), 1000, 5500));
    const nm = [60, 70, 80, 90, 100, 110, 120][Math.floor(next() * 7)];
    const gsm = Math.round(clamp(Math.exp(normal(next, 5.3, 0.45)), 80, 480));
    const plies = 1 + Math.floor(next() * 4);
    const hrs = r1(Math.exp(normal(next, 2.5, 1)));
    const z = -4.3 + 1.2 * (spm - 3200) / 900 + 1.4 * (gsm * plies / 400 - 1) - 0.9 * (nm - 90) / 20 + 0.5 * Math.log(hrs + 1) - 0.7 + normal(next, 0, 0.3);
    const br = next() < sigmoid(1.5 * z) ? 1 : 0;
    breaks += br;
    rows.push([`OP-${3000 + (i % 120)}`, ts, spm, nm, gsm, plies, hrs, br]);
  }
  write('sewing.csv', ['operator_id', 'session_ts', 'stitches_per_min', 'needle_nm', 'fabric_gsm', 'plies', 'hours_since_needle_change', 'needle_break'], rows);
  console.log('needle breaks', breaks, 'of 850');
}

/** fibres.csv: fibre-lab samples -> fibre type (five classes, one rare). */
function fibres(): void {
  const next = rng(10703);
  const types: [string, number, number[]][] = [
    // name, count, means: length_mm, micronaire, tenacity, elongation, regain, density
    ['cotton', 300, [28, 4.2, 30, 7, 8.5, 1.54]],
    ['polyester', 220, [38, 1.5, 48, 25, 0.4, 1.38]],
    ['viscose', 110, [40, 1.3, 24, 20, 13, 1.51]],
    ['wool', 85, [70, 6.5, 12, 35, 16, 1.31]],
    ['silk', 35, [60, 1.1, 38, 20, 11, 1.34]],
  ];
  const rows: (string | number)[][] = [];
  let k = 0;
  const all: [string, number[]][] = [];
  for (const [name, n, m] of types) for (let i = 0; i < n; i++) all.push([name, m]);
  for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [all[i], all[j]] = [all[j], all[i]]; }
  for (const [name, m] of all) {
    let label = name;
    if (next() < 0.03) label = types[Math.floor(next() * 5)][0];
    const len = r1(clamp(normal(next, m[0], m[0] * 0.18), 8, 120));
    const mic = r2(clamp(normal(next, m[1], 0.5), 0.5, 8));
    const ten = r1(clamp(normal(next, m[2], 5), 5, 70));
    const elo = r1(clamp(normal(next, m[3], 5), 2, 55));
    const reg = r1(clamp(normal(next, m[4], 2), 0, 22));
    const dens = r2(clamp(normal(next, m[5], 0.03), 1.2, 1.6));
    const price = Math.round(Math.exp(normal(next, name === 'silk' ? 9.5 : name === 'wool' ? 7.5 : 6, 0.5)));
    rows.push([`LAB-${k++}`, len, mic, ten, elo, reg, dens, price, label]);
  }
  write('fibres.csv', ['sample_id', 'staple_length_mm', 'micronaire', 'tenacity_cn_tex', 'elongation_pct', 'moisture_regain_pct', 'density_g_cm3', 'price_cents_per_kg', 'fibre'], rows);
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r[8] as string] = (counts[r[8] as string] ?? 0) + 1;
  console.log('fibres', counts);
}

/** dyeing.csv: dye-house lots, a semicolon export with decimal commas -> colour difference delta E. */
function dyeing(): void {
  const next = rng(10704);
  const rows: (string | number)[][] = [];
  const ys: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 600; i++) {
    const temp = r1(clamp(normal(next, 95, 20), 40, 135));
    const ph = r2(clamp(normal(next, 5.5, 1.2), 3, 11));
    const lr = r1(clamp(normal(next, 10, 3), 4, 20));
    const salt = r1(clamp(Math.exp(normal(next, 3.5, 0.6)), 5, 120));
    const dye = r2(clamp(Math.exp(normal(next, 0.3, 0.6)), 0.1, 6));
    const time = Math.round(clamp(normal(next, 60, 20), 15, 150));
    const de = clamp(0.4 + 0.8 * Math.abs(temp - 98) / 20 + 0.5 * Math.abs(ph - 5.5) + 0.05 * (lr - 10) ** 2 / 3 + 0.3 * Math.sin(time / 20) + 0.25 * dye + normal(next, 0, 0.12), 0.1, 10);
    ys.push(r2(de));
    rows.push([`LOT-${7000 + i}`, dc(temp), dc(ph), dc(lr), dc(salt), dc(dye), time, dc(r2(de))]);
  }
  write('dyeing.csv', ['lot', 'bath_temp_c', 'ph', 'liquor_ratio', 'salt_g_l', 'dye_pct', 'time_min', 'delta_e'], rows, ';');
  console.log('dyeing delta e', range(ys));
}

/** orders.csv: garment orders: skewed piece counts -> sewing hours and a skewed order value in cents. */
function orders(): void {
  const next = rng(10705);
  const rows: (string | number)[][] = [];
  const hs: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < 700; i++) {
    const ts = 1722470400 + i * 9000 + Math.floor(next() * 8000);
    const pieces = Math.round(clamp(Math.exp(normal(next, 7, 1.5)), 50, 200000));
    const styles = 1 + Math.floor(next() * 12);
    const sizes = 1 + Math.floor(next() * 8);
    const gsm = Math.round(clamp(normal(next, 200, 70), 90, 450));
    const emb = next() < 0.15 ? 1 : 0;
    const sam = r1(clamp(normal(next, 14, 5), 3, 40));
    const hours = r1(clamp(8 + 0.9 * styles + 0.6 * sizes + 1.1 * sam + 12 * emb + 2.2 * Math.log(pieces) + 0.01 * gsm + normal(next, 0, 2.5), 5, 200));
    const value = Math.round(pieces * (300 + 25 * sam + 400 * emb + gsm) * Math.exp(normal(next, 0, 0.2)));
    hs.push(hours);
    vs.push(value);
    rows.push([`PO-${50000 + i}`, isoDay(ts), pieces, styles, sizes, gsm, emb, sam, hours, value]);
  }
  write('orders.csv', ['order_id', 'order_date', 'pieces', 'styles', 'sizes', 'fabric_gsm', 'embroidery', 'sam_min', 'setup_hours', 'order_value_cents'], rows);
  console.log('orders hours', range(hs), 'value', range(vs));
}

looms();
sewing();
fibres();
dyeing();
orders();
