/**
 * Writes the CSVs of blind fault set 143 (pet-food manufacturing), seeded so every run gives the
 * same files: `npx tsx test/faults-blind143/data/generate.ts`.
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

/** extruder.csv: kibble extruder log -> kibble density g/L; a copy with "NA" moisture cells (sensor dropouts). */
function extruder(): void {
  const next = rng(14301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719792000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const tempC = r1(clamp(normal(next, 128, 8), 100, 160));
    const moisture = r1(clamp(normal(next, 24, 3), 15, 35));
    const screw = Math.round(clamp(normal(next, 420, 60), 250, 600));
    const throughputKg = Math.round(clamp(normal(next, 4200, 700), 2000, 7000));
    const fat = r1(clamp(normal(next, 12, 2.5), 5, 20));
    const density = r1(clamp(700 - 4.5 * (tempC - 128) + 9 * (moisture - 24) - 0.35 * (screw - 420) + 0.02 * (throughputKg - 4200) + 3 * (fat - 12) + normal(next, 0, 12), 250, 900));
    out.push(density);
    const shift = new Date(t * 1000).getUTCHours() < 8 ? 'night' : new Date(t * 1000).getUTCHours() < 16 ? 'day' : 'late';
    const row: (string | number)[] = [`BATCH-${31000 + i}`, stamp(t), shift, tempC, r1(tempC * 1.8 + 32), moisture, screw, throughputKg, Math.round(throughputKg * 2.20462), fat, density];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[5] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'shift_ts', 'shift', 'barrel_temp_c', 'barrel_temp_f', 'moisture_pct', 'screw_rpm', 'throughput_kgh', 'throughput_lbh', 'fat_pct', 'density_gl'];
  write('extruder.csv', header, rows);
  write('extruder-na.csv', header, na);
  console.log('density', stats(out));
}

/** recipe.csv: NIR scan of a finished batch -> recipe (chicken/salmon/lamb/grain-free/rare veterinary renal 4%); the line number has no effect. */
function recipe(): void {
  const next = rng(14302);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1100; i++) {
    const u = next();
    const rec = u < 0.35 ? 'chicken' : u < 0.58 ? 'salmon' : u < 0.76 ? 'lamb' : u < 0.96 ? 'grain_free' : 'renal';
    counts[rec] = (counts[rec] ?? 0) + 1;
    const protein = r1(normal(next, rec === 'renal' ? 16 : rec === 'grain_free' ? 34 : rec === 'salmon' ? 28 : rec === 'lamb' ? 25 : 27, 1.5));
    const fat = r1(normal(next, rec === 'salmon' ? 18 : rec === 'lamb' ? 16 : rec === 'renal' ? 14 : 12, 1.5));
    const ash = r1(normal(next, rec === 'renal' ? 4 : rec === 'lamb' ? 8.5 : 7, 0.6));
    const starch = r1(normal(next, rec === 'grain_free' ? 18 : rec === 'renal' ? 45 : 38, 3));
    const omega3 = Math.round(clamp(normal(next, rec === 'salmon' ? 9000 : 2500, 1200), 200, 20000)); // mg/kg
    const phosphorus = Math.round(normal(next, rec === 'renal' ? 3000 : 9500, 900)); // mg/kg
    const line = 1 + Math.floor(next() * 6);
    rows.push([`LOT-${560000 + i * 3}`, line, protein, fat, ash, starch, omega3, phosphorus, rec]);
  }
  write('recipe.csv', ['lot_id', 'line_no', 'protein_pct', 'fat_pct', 'ash_pct', 'starch_pct', 'omega3_mgkg', 'phosphorus_mgkg', 'recipe'], rows);
  console.log('recipes', counts);
}

/** hold.csv: wet-food retort batches -> rare salmonella hold flag; the pallet tag has no effect. */
function hold(): void {
  const next = rng(14303);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const retortC = r1(clamp(normal(next, 121, 2.5), 110, 130));
    const holdMin = r1(clamp(normal(next, 45, 8), 20, 80));
    const aw = r2(clamp(normal(next, 0.9, 0.04), 0.75, 0.99));
    const rawAge = r1(clamp(Math.exp(normal(next, 1.2, 0.6)), 0.5, 20)); // days since slaughter
    const ambient = r1(clamp(normal(next, 22, 5), 5, 38));
    const swabCfu = Math.round(clamp(Math.exp(normal(next, 5, 1.5)), 1, 200000));
    const pallet = 400000 + Math.floor(next() * 500000);
    const z = -3.8 - 0.5 * (retortC - 121) - 0.06 * (holdMin - 45) + 20 * (aw - 0.9) + 0.25 * (rawAge - 3.3) + 0.05 * (ambient - 22) + 0.6 * (Math.log(swabCfu) - 5);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([`WET-${9000 + i}`, 1719792000 + i * 2700, retortC, holdMin, aw, rawAge, ambient, swabCfu, pallet, flag]);
  }
  write('hold.csv', ['batch_id', 'fill_epoch', 'retort_c', 'hold_min', 'water_activity', 'raw_age_days', 'ambient_c', 'swab_cfu', 'pallet_tag', 'salmonella_hold'], rows);
  console.log('salmonella hold', pos, '/ 1200');
}

/** downtime.csv: semicolon export with decimal commas -> skewed downtime minutes per shift. */
function downtime(): void {
  const next = rng(14304);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const hoursRun = r1(clamp(normal(next, 7.5, 0.6), 5, 8));
    const dieAge = Math.round(clamp(normal(next, 300, 150), 0, 900)); // hours since die change
    const changeovers = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const crew = 4 + Math.floor(next() * 5);
    const humidity = r1(clamp(normal(next, 55, 12), 20, 95));
    const tonnes = r1(clamp(normal(next, 30, 5), 12, 50));
    const mins = r1(clamp(Math.exp(1.6 + 0.0025 * dieAge + 0.45 * changeovers - 0.08 * (crew - 6) + 0.01 * (humidity - 55) + normal(next, 0, 0.2)), 0.5, 900));
    out.push(mins);
    rows.push([`SH-${2024000 + i}`, dc(hoursRun), dieAge, changeovers, crew, dc(humidity), dc(tonnes), dc(mins)]);
  }
  write('downtime.csv', ['shift_id', 'hours_run', 'die_age_h', 'changeovers', 'crew', 'humidity_pct', 'tonnes', 'downtime_min'], rows, ';');
  console.log('downtime min', stats(out));
}

/** dryer.csv: tab-separated dryer log -> final kibble moisture % and throughput lb/h. */
function dryer(): void {
  const next = rng(14305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const airF = Math.round(clamp(normal(next, 250, 20), 190, 320));
    const dwell = r1(clamp(normal(next, 22, 4), 10, 40));
    const inMoist = r1(clamp(normal(next, 26, 2.5), 18, 34));
    const bed = Math.round(clamp(normal(next, 60, 12), 25, 110)); // mm
    const fanHz = r1(clamp(normal(next, 45, 5), 30, 60));
    const finalM = r2(clamp(inMoist - 0.06 * (airF - 250) - 0.45 * (dwell - 22) + 0.08 * (bed - 60) - 0.12 * (fanHz - 45) - 17 + normal(next, 0, 0.3), 4, 16));
    out.push(finalM);
    rows.push([`DRY-${i + 1}`, airF, dwell, inMoist, bed, fanHz, Math.round(clamp(normal(next, 9000, 1500), 4000, 15000)), finalM]);
  }
  write('dryer.csv', ['dryer_run', 'air_temp_f', 'dwell_min', 'inlet_moisture_pct', 'bed_depth_mm', 'fan_hz', 'throughput_lbh', 'final_moisture_pct'], rows, '\t');
  console.log('final moisture', stats(out));
}

extruder();
recipe();
hold();
downtime();
dryer();
