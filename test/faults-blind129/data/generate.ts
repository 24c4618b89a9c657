/**
 * Writes the CSVs of blind fault set 129 (blood banks and donation centres), seeded so every run
 * gives the same files: `npx tsx test/faults-blind129/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** donors.csv: donor visits -> haemoglobin g/dL; a copy with "NA" weights (paper forms typed in later). */
function donors(): void {
  const next = rng(12901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const centre = 1 + Math.floor(next() * 7);
    const sex = next() < 0.48 ? 1 : 0; // 1 = male
    const age = Math.round(clamp(normal(next, 40, 13), 18, 75));
    const kg = r1(clamp(normal(next, sex ? 84 : 68, 12), 50, 150));
    const days = Math.round(clamp(Math.exp(normal(next, 4.8, 0.7)), 56, 2000));
    const donations = Math.floor(clamp(Math.exp(normal(next, 1.8, 1.0)), 0, 150));
    const iron = next() < 0.2 ? 1 : 0;
    const hb = r1(clamp(12.4 + 1.6 * sex + 0.9 * Math.log(days / 56) * 0.6 + 0.6 * iron - 0.012 * donations + 0.01 * (kg - 75) + normal(next, 0, 0.35), 9, 18.5));
    out.push(hb);
    const row: (string | number)[] = [`DN-${300000 + i * 3}`, stamp(t), `BC-${String(centre).padStart(2, '0')}`, sex, age, kg, r1(kg * 2.20462), days, donations, iron, hb];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['donor_id', 'appointment_ts', 'centre_id', 'male', 'age', 'weight_kg', 'weight_lb', 'days_since_last', 'lifetime_donations', 'iron_supplement', 'hb_g_dl'];
  write('donors.csv', header, rows);
  write('donors-na.csv', header, na);
  console.log('hb', stats(out));
}

/** groups.csv: agglutination readings -> ABO group (O, A, B, rare AB); the technician number has no effect. */
function groups(): void {
  const next = rng(12902);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const g = u < 0.45 ? 'O' : u < 0.85 ? 'A' : u < 0.96 ? 'B' : 'AB';
    counts[g] = (counts[g] ?? 0) + 1;
    const a = g === 'A' || g === 'AB';
    const b = g === 'B' || g === 'AB';
    const antiA = r1(clamp(normal(next, a ? 3.2 : 0.4, 0.6), 0, 4)); // agglutination grade with anti-A
    const antiB = r1(clamp(normal(next, b ? 3.1 : 0.4, 0.6), 0, 4));
    const aCells = r1(clamp(normal(next, a ? 0.3 : 2.8, 0.7), 0, 4)); // reverse grouping
    const bCells = r1(clamp(normal(next, b ? 0.3 : 2.8, 0.7), 0, 4));
    const titre = Math.round(clamp(Math.exp(normal(next, a ? 3 : 5, 1)), 1, 2048));
    const tech = 1 + Math.floor(next() * 15);
    rows.push([`SMP-${910000 + i}`, tech, antiA, antiB, aCells, bCells, titre, r1(normal(next, 22, 1.5)), g]);
  }
  write('groups.csv', ['sample_id', 'technician', 'anti_a', 'anti_b', 'a1_cells', 'b_cells', 'anti_a_titre', 'lab_temp_c', 'abo_group'], rows);
  console.log('groups', counts);
}

/** adverse.csv: donations -> a rare adverse-reaction flag (vasovagal faint); the donor card serial has no effect. */
function adverse(): void {
  const next = rng(12903);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const age = Math.round(clamp(normal(next, 36, 14), 17, 75));
    const kg = r1(clamp(normal(next, 74, 14), 50, 150));
    const first = next() < 0.25 ? 1 : 0;
    const volume = Math.round(clamp(normal(next, 470, 15), 420, 520));
    const hb = r1(clamp(normal(next, 14, 1.2), 12.5, 18));
    const sleep = r1(clamp(normal(next, 7, 1.3), 3, 11));
    const anxiety = Math.round(clamp(normal(next, 3, 2), 0, 10));
    const z = -3.4 + 1.8 * first - 0.05 * (age - 36) - 0.05 * (kg - 74) + 0.3 * (anxiety - 3) - 0.4 * (sleep - 7) + 0.012 * (volume - 470);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    const serial = 40000000 + Math.floor(next() * 9000000);
    rows.push([`BC-${String(1 + (i % 7)).padStart(2, '0')}`, 1719800000 + i * 2700, age, kg, first, volume, hb, sleep, anxiety, serial, flag]);
  }
  write('adverse.csv', ['centre_id', 'session_epoch', 'age', 'weight_kg', 'first_time', 'volume_ml', 'hb_g_dl', 'sleep_h', 'anxiety_score', 'donor_card_serial', 'adverse_reaction'], rows);
  console.log('adverse', pos, '/ 1200');
}

/** storage.csv: semicolon export with decimal commas: red-cell units in storage -> supernatant potassium mmol/L. */
function storage(): void {
  const next = rng(12904);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const days = Math.floor(next() * 42);
    const temp = r1(clamp(normal(next, 4, 0.9), 1, 9));
    const volume = Math.round(clamp(normal(next, 290, 25), 220, 360));
    const irradiated = next() < 0.15 ? 1 : 0;
    const hct = r2(clamp(normal(next, 0.6, 0.04), 0.5, 0.7));
    const k = r1(clamp(1.5 + days * (0.9 + 0.7 * irradiated) * (1 + 0.12 * (temp - 4)) + 40 * (hct - 0.6) + normal(next, 0, 1.2), 0.5, 90));
    out.push(k);
    rows.push([`UNIT-${dc(7000 + i)}`, days, dc(temp), volume, irradiated, dc(hct), dc(k)]);
  }
  write('storage.csv', ['unit_no', 'storage_days', 'storage_temp_c', 'bag_volume_ml', 'irradiated', 'haematocrit', 'potassium_mmol_l'], rows, ';');
  console.log('potassium', stats(out));
}

/** wait.csv: tab-separated session log -> skewed wait minutes (and hours). */
function wait(): void {
  const next = rng(12905);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const walkIn = next() < 0.35 ? 1 : 0;
    const hour = 8 + Math.floor(next() * 11);
    const staff = 2 + Math.floor(next() * 6);
    const queue = Math.floor(clamp(Math.exp(normal(next, 1.6, 0.7)), 0, 60));
    const beds = 4 + Math.floor(next() * 9);
    const mins = r1(clamp(Math.exp(1.6 + 0.8 * walkIn + 0.5 * Math.log(1 + queue) - 0.12 * staff + normal(next, 0, 0.15)), 1, 300));
    out.push(mins);
    rows.push([`APT-${550000 + i}`, hour, walkIn, staff, queue, beds, mins, r2(mins / 60)]);
  }
  write('wait.csv', ['appointment_id', 'hour', 'walk_in', 'staff_on_shift', 'queue_len', 'beds', 'wait_min', 'wait_h'], rows, '\t');
  console.log('wait min', stats(out));
}

donors();
groups();
adverse();
storage();
wait();
