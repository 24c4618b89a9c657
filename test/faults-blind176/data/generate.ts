/**
 * Writes the CSVs of blind fault set 176 (locksmiths and security installers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind176/data/generate.ts`.
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

/** callout.csv: emergency lockout callouts -> callout minutes; a copy with "NA" van distances. */
function callout(): void {
  const next = rng(17601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735700000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const eng = 1 + Math.floor(next() * 14);
    const hour = new Date(t * 1000).getUTCHours();
    const km = r2(clamp(Math.exp(normal(next, 1.8, 0.5)), 0.5, 40));
    const pins = 5 + Math.floor(next() * 3);
    const highsec = next() < 0.2 ? 1 : 0;
    const night = hour < 6 || hour >= 22 ? 1 : 0;
    const mins = r1(clamp(8 + 1.6 * km + 3 * (pins - 5) + 14 * highsec + 6 * night + normal(next, 0, 3), 5, 150));
    out.push(mins);
    const row: (string | number)[] = [`JOB-${51000 + i}`, stamp(t), `ENG-${String(eng).padStart(3, '0')}`, hour, km, Math.round(km * 1000), pins, highsec, night, mins];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'dispatched_at', 'engineer_id', 'hour', 'van_km', 'van_m', 'pin_count', 'high_security', 'night', 'callout_min'];
  write('callout.csv', header, rows);
  write('callout-na.csv', header, na);
  console.log('callout min', stats(out));
}

/** jobs.csv: job sheet features -> job type (lockout/rekey/alarm_install/cctv/rare safe_opening); key blank code has no effect. */
function jobs(): void {
  const next = rng(17602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'lockout' : u < 0.55 ? 'rekey' : u < 0.78 ? 'alarm_install' : u < 0.96 ? 'cctv' : 'safe_opening';
    counts[type] = (counts[type] ?? 0) + 1;
    const zones = type === 'alarm_install' ? 4 + Math.floor(next() * 12) : type === 'cctv' ? Math.floor(next() * 3) : 0;
    const cable = Math.round(clamp(type === 'cctv' ? normal(next, 120, 40) : type === 'alarm_install' ? normal(next, 60, 25) : normal(next, 2, 2), 0, 400));
    const cylinders = type === 'rekey' ? 2 + Math.floor(next() * 8) : type === 'lockout' ? (next() < 0.3 ? 1 : 0) : 0;
    const hours = r1(clamp(Math.exp(normal(next, type === 'lockout' ? -0.3 : type === 'rekey' ? 0.4 : type === 'safe_opening' ? 1.3 : 1.5, 0.35)), 0.2, 20));
    const drill = type === 'safe_opening' ? (next() < 0.8 ? 1 : 0) : next() < 0.05 ? 1 : 0;
    const blank = 1000 + Math.floor(next() * 9000);
    rows.push([`WO-${700000 + i * 3}`, zones, cable, cylinders, hours, drill, blank, type]);
  }
  write('jobs.csv', ['work_order', 'alarm_zones', 'cable_m', 'cylinders', 'labour_h', 'drill_used', 'key_blank_code', 'job_type'], rows);
  console.log('job types', counts);
}

/** forced.csv: callouts -> rare forced_entry flag; the site id number has no effect. */
function forced(): void {
  const next = rng(17603);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const damage = Math.floor(clamp(normal(next, 2, 1.5), 0, 9));
    const hour = Math.floor(next() * 24);
    const police = next() < 0.15 ? 1 : 0;
    const glass = next() < 0.1 ? 1 : 0;
    const frame_mm = Math.round(clamp(normal(next, 900, 250), 200, 2400));
    const siteid = 20000 + Math.floor(next() * 70000);
    const z = -4.2 + 0.7 * (damage - 2) + 2.2 * police + 1.5 * glass + (hour < 6 ? 0.8 : 0) + 0.002 * (frame_mm - 900);
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([siteid, damage, hour, police, glass, frame_mm, y]);
  }
  write('forced.csv', ['site_id', 'door_damage', 'hour', 'police_ref', 'glass_broken', 'frame_width_mm', 'forced_entry'], rows);
  console.log('forced entry', pos, '/ 1200');
}

/** invoice.csv: semicolon export with decimal commas -> skewed invoice totals in pounds. */
function invoice(): void {
  const next = rng(17604);
  const rows: (string | number)[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const labour = r2(clamp(Math.exp(normal(next, 0.6, 0.7)), 0.25, 30));
    const parts = r2(clamp(Math.exp(normal(next, 3.5, 1.1)), 0, 6000));
    const zones = Math.floor(clamp(normal(next, 3, 4), 0, 24));
    const after = next() < 0.25 ? 1 : 0;
    const km = r1(clamp(Math.exp(normal(next, 2, 0.6)), 1, 90));
    const total = r2(clamp(55 * labour * (after ? 1.5 : 1) + 1.3 * parts + 35 * zones + 0.45 * km + normal(next, 0, 15), 40, 50000));
    out.push(total);
    rows.push([`INV-${30000 + i}`, c(labour), c(parts), zones, after, c(km), c(total)]);
  }
  write('invoice.csv', ['invoice_no', 'labour_h', 'parts_gbp', 'zones_fitted', 'after_hours', 'travel_km', 'invoice_gbp'], rows, ';');
  console.log('invoice gbp', stats(out));
}

/** battery.csv: tab-separated alarm panel service log -> standby battery volts; days, sensors, temperature. */
function battery(): void {
  const next = rng(17605);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const days = Math.round(clamp(normal(next, 900, 500), 10, 2600));
    const sensors = 2 + Math.floor(next() * 30);
    const temp = r1(normal(next, 18, 6));
    const sirens = 1 + Math.floor(next() * 3);
    const volts = r2(clamp(13.6 - 0.0009 * days - 0.02 * sensors - 0.15 * sirens + 0.01 * (temp - 18) + normal(next, 0, 0.08), 9, 14));
    out.push(volts);
    rows.push([`PNL-${4400 + i}`, days, sensors, temp, sirens, volts]);
  }
  write('battery.csv', ['panel_id', 'days_since_service', 'sensors', 'temp_c', 'sirens', 'battery_v'], rows, '\t');
  console.log('battery v', stats(out));
}

/** wiring.csv: alarm install sheets -> install minutes, nearly proportional to the cable run in metres (raw units on purpose). */
function wiring(): void {
  const next = rng(17606);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1738000000;
  for (let i = 0; i < 600; i++) {
    t += Math.floor(next() * 20000);
    const cable = Math.round(clamp(Math.exp(normal(next, 5.9, 0.55)), 40, 2500));
    const detectors = 2 + Math.floor(next() * 28);
    const mins = r1(clamp(0.12 * cable + 0.4 * detectors + normal(next, 0, 4), 5, 600));
    out.push(mins);
    rows.push([`INS-${9000 + i}`, stamp(t), cable, detectors, mins]);
  }
  write('wiring.csv', ['install_ref', 'installed_at', 'cable_m', 'detectors', 'install_min'], rows);
  console.log('install min', stats(out));
}

callout();
jobs();
forced();
invoice();
battery();
wiring();
