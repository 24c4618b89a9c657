/**
 * Writes the CSVs of blind fault set 134 (paper mills and packaging plants), seeded so every run
 * gives the same files: `npx tsx test/faults-blind134/data/generate.ts`.
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

/** reel.csv: paper machine reel log -> basis weight g/m2; a copy with "NA" moisture cells (DCS export gaps). */
function reel(): void {
  const next = rng(13401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735689600;
  for (let i = 0; i < 1000; i++) {
    t += 1800 + Math.floor(next() * 1800);
    const speed = r1(clamp(normal(next, 900, 120), 550, 1250));
    const flow = r1(clamp(normal(next, 5200, 700), 3000, 7500)); // stock flow l/min
    const cons = r2(clamp(normal(next, 0.9, 0.12), 0.5, 1.3)); // headbox consistency %
    const steam = r2(clamp(normal(next, 3.2, 0.6), 1.5, 5.5));
    const moist = r2(clamp(8.5 - 1.1 * (steam - 3.2) + 0.004 * (speed - 900) + normal(next, 0, 0.3), 4, 13));
    const refining = Math.round(clamp(normal(next, 120, 30), 40, 220));
    const bw = r1(clamp(80 * (flow / 5200) * (cons / 0.9) * (900 / speed) * (1 + (moist - 8.5) / 100) + 0.03 * (refining - 120) + normal(next, 0, 0.8), 30, 200));
    out.push(bw);
    const row: (string | number)[] = [`PM2-R${String(40000 + i)}`, stamp(t), speed, r1(speed * 3.28084), flow, cons, steam, r2(steam * 14.5038), moist, refining, bw];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[8] = 'NA';
    na.push(n);
  }
  const header = ['roll_id', 'shift_ts', 'speed_mpm', 'speed_fpm', 'stock_flow_lpm', 'consistency_pct', 'steam_bar', 'steam_psi', 'moisture_pct', 'refining_kwh_t', 'basis_weight_gsm'];
  write('reel.csv', header, rows);
  write('reel-na.csv', header, na);
  console.log('basis weight', stats(out));
}

/** grade.csv: lab tests -> grade (newsprint/liner/fluting/tissue/rare coated board); the tester badge has no effect. */
function grade(): void {
  const next = rng(13402);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const g = u < 0.3 ? 'newsprint' : u < 0.55 ? 'kraftliner' : u < 0.75 ? 'fluting' : u < 0.95 ? 'tissue' : 'coated_board';
    counts[g] = (counts[g] ?? 0) + 1;
    const P: Record<string, number[]> = { // gsm, caliper um, brightness, ash %, burst kPa
      newsprint: [45, 70, 60, 12, 120], kraftliner: [175, 240, 25, 2, 650], fluting: [120, 190, 30, 8, 300], tissue: [18, 110, 85, 1, 40], coated_board: [300, 420, 88, 22, 900],
    };
    const p = P[g];
    const gsm = r1(clamp(normal(next, p[0], p[0] * 0.12), 10, 450));
    const cal = Math.round(clamp(normal(next, p[1], p[1] * 0.1), 40, 600));
    const bright = r1(clamp(normal(next, p[2], 4), 10, 95));
    const ash = r1(clamp(normal(next, p[3], 1.5), 0, 30));
    const burst = Math.round(clamp(normal(next, p[4], p[4] * 0.15), 10, 1500));
    const badge = 1000 + Math.floor(next() * 9000);
    rows.push([`LAB-${250000 + i * 3}`, gsm, cal, bright, ash, burst, badge, g]);
  }
  write('grade.csv', ['sample_id', 'gsm', 'caliper_um', 'brightness_iso', 'ash_pct', 'burst_kpa', 'tester_badge', 'grade'], rows);
  console.log('grades', counts);
}

/** webbreak.csv: hourly runs -> rare web break flag; the doctor blade serial has no effect. */
function webbreak(): void {
  const next = rng(13403);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const speed = r1(clamp(normal(next, 950, 150), 500, 1400));
    const tension = r2(clamp(normal(next, 0.35, 0.08), 0.1, 0.7)); // kN/m
    const draw = r2(clamp(normal(next, 2, 0.6), 0.2, 4.5)); // %
    const moist = r1(clamp(normal(next, 8, 1.5), 3, 14));
    const broke = r1(clamp(Math.exp(normal(next, 2.3, 0.5)), 1, 45)); // % recycled broke
    const splices = Math.floor(Math.exp(normal(next, 0.2, 0.7)));
    const serial = 500000 + Math.floor(next() * 400000);
    const z = -4.2 + 0.012 * (speed - 950) + 9 * (tension - 0.35) + 1.4 * (draw - 2) + 0.5 * (moist - 8) + 0.07 * (broke - 10) + 0.6 * splices;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`RUN-${77000 + i}`, speed, tension, draw, moist, broke, splices, serial, y]);
  }
  write('webbreak.csv', ['run_id', 'speed_mpm', 'tension_kn_m', 'draw_pct', 'moisture_pct', 'broke_pct', 'splices', 'blade_serial', 'web_break'], rows);
  console.log('web breaks', pos, '/ 1200');
}

/** downtime.csv: semicolon export with decimal commas -> skewed downtime minutes per stop. */
function downtime(): void {
  const next = rng(13404);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const age = r1(clamp(normal(next, 12, 6), 0.5, 35)); // machine age years
    const crew = 2 + Math.floor(next() * 5);
    const spares = next() < 0.7 ? 1 : 0;
    const felt = Math.round(clamp(normal(next, 20, 9), 1, 45)); // felt age days
    const night = next() < 0.33 ? 1 : 0;
    const vib = r2(clamp(Math.exp(normal(next, 1.2, 0.4)), 0.5, 15)); // mm/s
    const mins = r1(clamp(Math.exp(2.6 + 0.05 * (age - 12) - 0.15 * (crew - 4) - 0.7 * spares + 0.02 * (felt - 20) + 0.3 * night + 0.18 * (vib - 3.5) + normal(next, 0, 0.12)), 2, 2000));
    out.push(mins);
    rows.push([`STOP-${5100 + i}`, dc(age), crew, spares, felt, night, dc(vib), dc(mins), dc(r2(mins / 60))]);
  }
  write('downtime.csv', ['stop_id', 'machine_age_y', 'crew', 'spares_on_site', 'felt_age_d', 'night_shift', 'vibration_mm_s', 'downtime_min', 'downtime_h'], rows, ';');
  console.log('downtime min', stats(out));
}

/** carton.csv: tab-separated box compression tests -> BCT newtons (McKee-like). */
function carton(): void {
  const next = rng(13405);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const ect = r2(clamp(normal(next, 6.5, 1.5), 3, 12)); // kN/m
    const caliper = r2(clamp(normal(next, 4, 0.9), 1.5, 7)); // mm
    const perim = Math.round(clamp(normal(next, 1400, 300), 600, 2400)); // mm
    const rh = r1(clamp(normal(next, 55, 15), 20, 95));
    const gsm = Math.round(clamp(normal(next, 560, 90), 300, 900));
    const bct = Math.round(clamp(5.87 * ect * 1000 * Math.sqrt(caliper / 1000 * perim / 1000) * (1 - 0.006 * (rh - 50)) * Math.exp(normal(next, 0, 0.04)), 300, 20000));
    out.push(bct);
    rows.push([`BOX-${9000 + i}`, ect, caliper, perim, r2(perim / 25.4), rh, gsm, bct]);
  }
  write('carton.csv', ['box_id', 'ect_kn_m', 'caliper_mm', 'perimeter_mm', 'perimeter_in', 'rh_pct', 'board_gsm', 'bct_n'], rows, '\t');
  console.log('bct', stats(out));
}

reel(); grade(); webbreak(); downtime(); carton();
