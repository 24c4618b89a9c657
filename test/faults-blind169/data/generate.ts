/**
 * Writes the CSVs of blind fault set 169 (plumbers and heating engineers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind169/data/generate.ts`.
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

/** callout.csv: job log -> call-out minutes (travel + on-site diagnosis); a copy with "NA" pressures. */
function callout(): void {
  const next = rng(16901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1730419200;
  for (let i = 0; i < 960; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2700);
    const eng = 1 + Math.floor(next() * 14);
    const km = r2(clamp(Math.exp(normal(next, 2.0, 0.6)), 0.5, 60));
    const hour = new Date(t * 1000).getUTCHours();
    const rush = hour >= 7 && hour <= 9 || hour >= 16 && hour <= 18 ? 1 : 0;
    const bar = r2(clamp(normal(next, 1.4, 0.5), 0.1, 3.5));
    const age = Math.round(clamp(normal(next, 11, 6), 0, 35));
    const rads = 3 + Math.floor(next() * 12);
    const mins = r1(clamp(12 + km * (1.4 + 0.6 * rush) + 0.9 * age + 1.5 * rads + 8 * Math.abs(bar - 1.4) + normal(next, 0, 3), 10, 400));
    out.push(mins);
    const row: (string | number)[] = [`JOB-${51000 + i}`, stamp(t), `ENG-${String(eng).padStart(3, '0')}`, hour, rush, km, r2(km * 0.621371), bar, r2(bar * 14.5038), age, rads, mins];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[7] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'booked_at', 'engineer_id', 'hour', 'rush', 'distance_km', 'distance_mi', 'pressure_bar', 'pressure_psi', 'boiler_age_y', 'radiators', 'callout_min'];
  write('callout.csv', header, rows);
  write('callout-na.csv', header, na);
  console.log('callout min', stats(out));
}

/** fault.csv: boiler readings -> fault type (ignition/pressure_loss/pump/leak/rare heat_exchanger); the van number has no effect. */
function faultType(): void {
  const next = rng(16902);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'ignition' : u < 0.56 ? 'pressure_loss' : u < 0.76 ? 'pump' : u < 0.95 ? 'leak' : 'heat_exchanger';
    counts[type] = (counts[type] ?? 0) + 1;
    const bar = r2(clamp(type === 'pressure_loss' ? normal(next, 0.4, 0.2) : type === 'leak' ? normal(next, 0.9, 0.25) : normal(next, 1.5, 0.25), 0, 3.5));
    const flue = Math.round(clamp(type === 'heat_exchanger' ? normal(next, 190, 20) : type === 'ignition' ? normal(next, 25, 8) : normal(next, 110, 20), 5, 260));
    const attempts = type === 'ignition' ? 3 + Math.floor(next() * 5) : Math.floor(next() * 2);
    const noise = r1(clamp(type === 'pump' ? normal(next, 62, 5) : normal(next, 42, 5), 25, 90));
    const age = Math.round(clamp(type === 'heat_exchanger' ? normal(next, 18, 4) : normal(next, 10, 5), 0, 35));
    const wet = type === 'leak' ? (next() < 0.85 ? 1 : 0) : next() < 0.08 ? 1 : 0;
    const van = 100 + Math.floor(next() * 40);
    rows.push([`TKT-${330000 + i * 3}`, van, bar, r1(bar * 14.5038), flue, attempts, noise, age, wet, type]);
  }
  write('fault.csv', ['ticket_id', 'van_no', 'pressure_bar', 'pressure_psi', 'flue_temp_c', 'ignition_attempts', 'pump_noise_db', 'boiler_age_y', 'wet_floor', 'fault_type'], rows);
  console.log('fault types', counts);
}

/** flood.csv: burst-pipe jobs -> a rare flood-damage flag; the property reference has no effect. */
function flood(): void {
  const next = rng(16903);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const mm = [15, 22, 28, 35, 42, 54][Math.floor(next() * 6)];
    const psi = r1(clamp(normal(next, 45, 12), 10, 110));
    const frost = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.9)), 0, 40));
    const hours = r1(clamp(Math.exp(normal(next, 1.2, 1.0)), 0.1, 240));
    const pipeAge = Math.round(clamp(normal(next, 30, 15), 1, 90));
    const stopcock = next() < 0.55 ? 1 : 0;
    const ref = 200000 + Math.floor(next() * 700000);
    const z = -4.2 + 0.05 * (mm - 28) + 0.04 * (psi - 45) + 0.12 * (frost - 2) + 0.9 * (Math.log(hours) - 1.2) + 0.02 * (pipeAge - 30) - 1.6 * stopcock;
    const flooded = next() < sigmoid(z) ? 1 : 0;
    pos += flooded;
    rows.push([`PROP-${ref}`, 1730419200 + i * 4100, mm, r2(mm / 25.4), psi, frost, hours, pipeAge, stopcock, ref, flooded]);
  }
  write('flood.csv', ['property', 'reported_epoch', 'pipe_mm', 'pipe_in', 'mains_psi', 'frost_days', 'hours_unattended', 'pipe_age_y', 'stopcock_known', 'property_ref', 'flood_damage'], rows);
  console.log('flood damage', pos, '/ 1200');
}

/** invoice.csv: semicolon export with decimal commas -> skewed invoice totals in pounds. */
function invoice(): void {
  const next = rng(16904);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 880; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 0.9, 0.6)), 0.5, 30));
    const parts = r2(clamp(Math.exp(normal(next, 4.0, 1.0)), 2, 4000));
    const pipeIn = [0.5, 0.75, 1, 1.25, 1.5, 2][Math.floor(next() * 6)];
    const emergency = next() < 0.2 ? 1 : 0;
    const miles = r1(clamp(Math.exp(normal(next, 1.8, 0.6)), 0.5, 60));
    const total = r2(clamp((65 * hours + parts * 1.2 + 18 * pipeIn + 0.45 * miles) * (emergency ? 1.5 : 1) + normal(next, 0, 10), 40, 20000));
    out.push(total);
    rows.push([`INV-${9000 + i}`, dc(hours), dc(parts), dc(pipeIn), emergency, dc(miles), dc(total)]);
  }
  write('invoice.csv', ['invoice_no', 'labour_h', 'parts_gbp', 'pipe_in', 'emergency', 'miles', 'total_gbp'], rows, ';');
  console.log('invoice gbp', stats(out));
}

/** heatup.csv: tab-separated commissioning log -> minutes to bring the house to 21 C. */
function heatup(): void {
  const next = rng(16905);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const kw = [18, 24, 28, 30, 35][Math.floor(next() * 5)];
    const rads = 4 + Math.floor(next() * 14);
    const outdoor = r1(clamp(normal(next, 6, 5), -12, 20));
    const flow = Math.round(clamp(normal(next, 65, 8), 45, 80));
    const m2 = Math.round(clamp(Math.exp(normal(next, 4.5, 0.35)), 40, 400));
    const insul = 1 + Math.floor(next() * 5);
    const min = r1(clamp(20 + 0.35 * m2 * (1.3 - 0.1 * insul) * (21 - outdoor) / 15 * (28 / kw) - 0.4 * (flow - 65) + 0.6 * rads + normal(next, 0, 2.5), 5, 600));
    out.push(min);
    rows.push([`COM-${4400 + i}`, `ENG-${String(1 + Math.floor(next() * 14)).padStart(3, '0')}`, kw, rads, outdoor, flow, m2, insul, min, r2(min / 60)]);
  }
  write('heatup.csv', ['commission_id', 'engineer_id', 'boiler_kw', 'radiators', 'outdoor_c', 'flow_temp_c', 'floor_m2', 'insulation_band', 'heatup_min', 'heatup_h'], rows, '\t');
  console.log('heatup min', stats(out));
}

callout();
faultType();
flood();
invoice();
heatup();
