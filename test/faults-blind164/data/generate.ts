/**
 * Writes the CSVs of blind fault set 164 (semiconductor fabs and chip test floors), seeded so every run
 * gives the same files: `npx tsx test/faults-blind164/data/generate.ts`.
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

/** yield.csv: etch lots -> wafer yield percent and good die per wafer; a copy with "NA" chamber temperatures (FDC gaps). */
function yieldCsv(): void {
  const next = rng(16401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [], die: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const tool = 1 + Math.floor(next() * 8);
    const cd = r2(clamp(normal(next, 28, 1.6), 22, 34));
    const tempC = r1(clamp(normal(next, 65, 6), 45, 90));
    const etch = Math.round(clamp(normal(next, 120, 15), 70, 180));
    const press = r1(clamp(normal(next, 40, 8), 15, 70));
    const rf = Math.round(clamp(normal(next, 1500, 200), 900, 2200));
    const yld = r1(clamp(92 - 1.6 * (cd - 28) ** 2 - 0.35 * Math.abs(tempC - 65) - 0.08 * Math.abs(etch - 120) + 0.02 * (rf - 1500) / 10 - 0.1 * Math.abs(press - 40) + normal(next, 0, 1.2), 20, 99.5));
    const good = Math.round(yld / 100 * 1150);
    out.push(yld); die.push(good);
    const row: (string | number)[] = [`LOT-${'N' + (71000 + i)}`, stamp(t), `ETCH-${String(tool).padStart(2, '0')}`, cd, tempC, r2(tempC + 273.15), etch, press, rf, yld, good];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['lot_id', 'ts', 'tool_id', 'cd_nm', 'chamber_c', 'chamber_k', 'etch_s', 'pressure_mtorr', 'rf_w', 'yield_pct', 'good_die'];
  write('yield.csv', header, rows);
  write('yield-na.csv', header, na);
  console.log('yield pct', stats(out), 'good die', stats(die));
}

/** bin.csv: final test -> bin (pass/speed/leakage/open/rare short); the tester slot has no effect. */
function bin(): void {
  const next = rng(16402);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1200; i++) {
    const u = next();
    const b = u < 0.5 ? 'bin1_pass' : u < 0.7 ? 'bin2_speed' : u < 0.85 ? 'bin3_leak' : u < 0.96 ? 'bin4_open' : 'bin7_short';
    counts[b] = (counts[b] ?? 0) + 1;
    const fmax = Math.round(clamp(b === 'bin2_speed' ? normal(next, 2300, 120) : normal(next, 2900, 120), 1800, 3400));
    const idd = Math.round(clamp(Math.exp(normal(next, b === 'bin3_leak' ? 8.2 : b === 'bin7_short' ? 10 : 6.5, 0.35)), 50, 200000));
    const cont = r1(b === 'bin4_open' ? clamp(normal(next, 900, 250), 200, 2000) : clamp(normal(next, 350, 40), 200, 600));
    const vdd = Math.round(normal(next, 750, 12));
    const temp = r1(next() < 0.5 ? normal(next, 25, 1) : normal(next, 105, 2));
    const slot = 1 + Math.floor(next() * 16);
    rows.push([`WF${20000 + Math.floor(i / 60)}-${String(i % 60).padStart(2, '0')}`, vdd, fmax, idd, cont, temp, slot, b]);
  }
  write('bin.csv', ['die_id', 'vdd_mv', 'fmax_mhz', 'idd_ua', 'contact_mohm', 'test_temp_c', 'tester_slot', 'bin'], rows);
  console.log('bins', counts);
}

/** scrap.csv: lots -> a rare scrapped-lot flag; the FOUP serial has no effect; skewed defect counts. */
function scrap(): void {
  const next = rng(16403);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const defects = Math.round(clamp(Math.exp(normal(next, 3.5, 1.0)), 0, 20000));
    const rework = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.7);
    const queue = r1(clamp(Math.exp(normal(next, 2.5, 0.7)), 0.5, 400));
    const particles = r2(clamp(normal(next, 12, 5), 0, 60));
    const overlay = r2(clamp(normal(next, 3, 1.2), 0.2, 12));
    const foup = 400000 + Math.floor(next() * 500000);
    const z = -4.2 + 1.1 * (Math.log(defects + 1) - 3.5) + 0.9 * rework + 0.12 * (particles - 12) + 0.8 * (overlay - 3);
    const s = next() < sigmoid(z) ? 1 : 0;
    pos += s;
    rows.push([`LOT-S${9000 + i}`, 1719800000 + i * 2700, defects, rework, queue, particles, overlay, foup, s]);
  }
  write('scrap.csv', ['lot_id', 'move_epoch', 'defect_count', 'rework_count', 'queue_h', 'particle_ppm', 'overlay_nm', 'foup_serial', 'scrapped'], rows);
  console.log('scrapped', pos, '/ 1100');
}

/** cycle.csv: semicolon export with decimal commas -> lot cycle time in minutes (hundreds to tens of thousands). */
function cycle(): void {
  const next = rng(16404);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const steps = 40 + Math.floor(next() * 560);
    const util = r2(clamp(normal(next, 0.8, 0.08), 0.5, 0.98));
    const hot = next() < 0.1 ? 1 : 0;
    const wip = Math.round(clamp(normal(next, 3000, 800), 800, 6000));
    const holds = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const mins = Math.round(clamp(steps * 18 * (1 + 2 * (util - 0.8)) * (hot ? 0.6 : 1) * (1 + (wip - 3000) / 12000) + holds * 300 + normal(next, 0, 250), 300, 40000));
    out.push(mins);
    rows.push([`LOT-C${3000 + i}`, steps, dc(util), hot, wip, holds, mins]);
  }
  write('cycle.csv', ['lot_id', 'process_steps', 'tool_util', 'hot_lot', 'fab_wip', 'holds', 'cycle_min'], rows, ';');
  console.log('cycle min', stats(out));
}

/** wafermap.csv: tab-separated inspection summaries -> defect pattern (8 classes, rare near_full and scratch). */
function wafermap(): void {
  const next = rng(16405);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P = ['none', 'center', 'edge_ring', 'edge_loc', 'loc', 'random', 'donut', 'scratch', 'near_full'];
  const W = [0.3, 0.12, 0.14, 0.12, 0.1, 0.1, 0.06, 0.04, 0.02];
  for (let i = 0; i < 1000; i++) {
    let u = next(), k = 0;
    while (k < W.length - 1 && u > W[k]) { u -= W[k]; k++; }
    const p = P[k];
    counts[p] = (counts[p] ?? 0) + 1;
    const c = (m: number, s: number) => r2(clamp(normal(next, m, s), 0, 1));
    const center = c(p === 'center' ? 0.7 : p === 'near_full' ? 0.8 : p === 'donut' ? 0.15 : 0.1, 0.08);
    const mid = c(p === 'donut' ? 0.7 : p === 'near_full' ? 0.8 : p === 'random' ? 0.35 : 0.1, 0.08);
    const edge = c(p === 'edge_ring' ? 0.75 : p === 'edge_loc' ? 0.5 : p === 'near_full' ? 0.8 : 0.1, 0.08);
    const angular = c(p === 'edge_loc' || p === 'loc' ? 0.8 : p === 'scratch' ? 0.5 : 0.15, 0.08);
    const linear = c(p === 'scratch' ? 0.85 : 0.1, 0.07);
    const total = Math.round(clamp(Math.exp(normal(next, p === 'none' ? 2 : p === 'near_full' ? 8 : 5, 0.5)), 0, 30000));
    rows.push([`WF${50000 + i}`, center, mid, edge, angular, linear, total, p]);
  }
  write('wafermap.csv', ['wafer_id', 'center_density', 'mid_density', 'edge_density', 'angular_conc', 'linearity', 'defect_total', 'pattern'], rows, '\t');
  console.log('patterns', counts);
}

yieldCsv();
bin();
scrap();
cycle();
wafermap();
