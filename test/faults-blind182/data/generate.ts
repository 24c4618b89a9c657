/**
 * Writes the CSVs of blind fault set 182 (sign makers and neon workshops), seeded so every run gives
 * the same files: `npx tsx test/faults-blind182/data/generate.ts`.
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

/** install.csv: sign install log -> install minutes; a copy with "NA" tube lengths (shop sheet gaps). */
function install(): void {
  const next = rng(18201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 950; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5400);
    const client = 100 + Math.floor(next() * 300);
    const height = r1(clamp(Math.exp(normal(next, 3.4, 0.5)), 8, 150));
    const letters = 3 + Math.floor(next() * 18);
    const tube = r2(clamp(letters * height * 0.035 * Math.exp(normal(next, 0, 0.2)), 0.5, 60));
    const storey = Math.floor(clamp(Math.exp(normal(next, 0.4, 0.7)), 0, 12));
    const crew = 1 + Math.floor(next() * 3);
    const outdoor = next() < 0.65 ? 1 : 0;
    const mins = Math.round(clamp(25 + 6 * tube + 18 * storey * outdoor + 30 * outdoor - 12 * (crew - 1) + normal(next, 0, 15), 15, 900));
    out.push(mins);
    const row: (string | number)[] = [`JOB-${31000 + i}`, `CL-${client}`, stamp(t), height, letters, tube, Math.round(tube * 100), storey, crew, outdoor, mins];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[5] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'client_id', 'ordered_at', 'letter_height_cm', 'letters', 'tube_length_m', 'tube_length_cm', 'storey', 'crew', 'outdoor', 'install_min'];
  write('install.csv', header, rows);
  write('install-na.csv', header, na);
  console.log('install min', stats(out));
}

/** kind.csv: job features -> sign kind (channel/neon/vinyl/lightbox/rare monument); the bench number has no effect. */
function kind(): void {
  const next = rng(18202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.28 ? 'channel_letters' : u < 0.5 ? 'neon' : u < 0.75 ? 'vinyl' : u < 0.955 ? 'lightbox' : 'monument';
    counts[k] = (counts[k] ?? 0) + 1;
    const height = r1(clamp(k === 'channel_letters' ? normal(next, 60, 20) : k === 'neon' ? normal(next, 25, 8) : k === 'vinyl' ? normal(next, 15, 8) : k === 'lightbox' ? normal(next, 30, 10) : normal(next, 45, 12), 2, 200));
    const volts = Math.round(clamp(k === 'neon' ? normal(next, 9000, 2500) : k === 'vinyl' || k === 'monument' ? normal(next, 0, 20) : normal(next, 24, 6), 0, 15000));
    const area = r2(clamp(Math.exp(normal(next, k === 'vinyl' ? 0.8 : k === 'monument' ? 1.6 : k === 'lightbox' ? 0.6 : 0.2, 0.5)), 0.05, 40));
    const weight = r1(clamp(k === 'monument' ? normal(next, 900, 250) : k === 'channel_letters' ? normal(next, 35, 12) : k === 'lightbox' ? normal(next, 25, 8) : normal(next, 6, 3), 0.2, 2000));
    const leds = Math.round(clamp(k === 'channel_letters' ? normal(next, 120, 40) : k === 'lightbox' ? normal(next, 200, 60) : normal(next, 0, 3), 0, 600));
    const bench = 1 + Math.floor(next() * 8);
    rows.push([`JOB-${52000 + i * 3}`, height, volts, area, weight, leds, bench, k]);
  }
  write('kind.csv', ['job_id', 'letter_height_cm', 'transformer_v', 'face_area_m2', 'weight_kg', 'led_count', 'bench', 'sign_kind'], rows);
  console.log('sign kinds', counts);
}

/** inspection.csv: neon installs -> a rare failed-inspection flag; the permit number has no effect. */
function inspection(): void {
  const next = rng(18203);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const volts = Math.round(clamp(normal(next, 8000, 2500), 2000, 15000));
    const tube = r1(clamp(Math.exp(normal(next, 2.0, 0.6)), 0.5, 40));
    const gto = r1(clamp(Math.exp(normal(next, 1.0, 0.6)), 0.3, 20));
    const trAge = r1(clamp(normal(next, 6, 4), 0, 25));
    const outdoor = next() < 0.5 ? 1 : 0;
    const gfi = next() < 0.7 ? 1 : 0;
    const permit = 200000 + Math.floor(next() * 700000);
    const z = -2.9 + 0.00035 * (volts - 8000) + 0.08 * (tube - 8) + 0.25 * (gto - 3) + 0.12 * (trAge - 6) + 0.6 * outdoor - 1.8 * gfi;
    const fail = next() < sigmoid(z) ? 1 : 0;
    pos += fail;
    rows.push([`INSP-${9000 + i}`, 1719800000 + i * 4100, volts, tube, gto, trAge, outdoor, gfi, permit, fail]);
  }
  write('inspection.csv', ['inspection_id', 'visit_epoch', 'transformer_v', 'tube_length_m', 'gto_cable_m', 'transformer_age_y', 'outdoor', 'gfi_protected', 'permit_no', 'failed'], rows);
  console.log('failed inspection', pos, '/ 1200');
}

/** price.csv: semicolon export with decimal commas -> skewed job prices in euros. */
function price(): void {
  const next = rng(18204);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const area = r2(clamp(Math.exp(normal(next, 0.7, 0.8)), 0.1, 60));
    const tube = r1(clamp(Math.exp(normal(next, 1.5, 0.9)), 0, 80));
    const colors = 1 + Math.floor(next() * 5);
    const rush = next() < 0.15 ? 1 : 0;
    const install = Math.round(clamp(Math.exp(normal(next, 4.5, 0.6)), 15, 900));
    const eur = Math.round(clamp((180 * area + 95 * tube + 40 * colors + 1.1 * install) * (rush ? 1.5 : 1) * Math.exp(normal(next, 0, 0.12)), 60, 2e5));
    out.push(eur);
    rows.push([`Q-${7700 + i}`, dc(area), dc(tube), colors, rush, install, eur]);
  }
  write('price.csv', ['quote_id', 'vinyl_area_m2', 'tube_length_m', 'colors', 'rush', 'install_min', 'price_eur'], rows, ';');
  console.log('price eur', stats(out));
}

/** cutting.tsv-like cutting.csv: tab-separated plotter log -> vinyl cutting and weeding time in seconds and hours. */
function cutting(): void {
  const next = rng(18205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const area = r2(clamp(Math.exp(normal(next, 0.3, 0.7)), 0.05, 20));
    const glyphs = 2 + Math.floor(next() * 60);
    const font = Math.round(clamp(Math.exp(normal(next, 4.5, 0.6)), 12, 2000));
    const layers = 1 + Math.floor(next() * 4);
    const reflective = next() < 0.2 ? 1 : 0;
    const secs = Math.round(clamp(120 + 300 * area + 25 * glyphs + 200 * layers + 240 * reflective - 0.05 * font + normal(next, 0, 90), 60, 20000));
    out.push(secs);
    rows.push([`CUT-${410000 + i}`, `PLT-${1 + (i % 4)}`, area, glyphs, font, layers, reflective, secs, r2(secs / 3600)]);
  }
  write('cutting.csv', ['cut_id', 'plotter', 'area_m2', 'glyphs', 'font_pt', 'color_layers', 'reflective', 'cut_s', 'cut_h'], rows, '\t');
  console.log('cut s', stats(out));
}

install();
kind();
inspection();
price();
cutting();
