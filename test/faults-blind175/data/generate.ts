/**
 * Writes the CSVs of blind fault set 175 (equestrian stables and riding schools), seeded so every run
 * gives the same files: `npx tsx test/faults-blind175/data/generate.ts`.
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

/** weight.csv: weigh-tape day -> horse weight kg; a copy with "NA" girth cells. */
function weight(): void {
  const next = rng(17501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(next() * 20000);
    const height = r1(clamp(normal(next, 162, 8), 130, 185));
    const girth = r1(clamp(height * 1.12 + normal(next, 0, 6), 140, 230));
    const len = r1(clamp(height * 0.98 + normal(next, 0, 5), 120, 200));
    const age = 3 + Math.floor(next() * 22);
    const feed = r2(clamp(normal(next, 9 + (height - 160) * 0.08, 1.5), 4, 16));
    const work = Math.round(clamp(normal(next, 300, 150), 0, 900));
    const kg = Math.round(clamp((girth * girth * len) / 11880 + 6 * (feed - 9) - 0.05 * (work - 300) + normal(next, 0, 12), 250, 900));
    out.push(kg);
    const row: (string | number)[] = [`HRS-${1000 + Math.floor(next() * 400)}`, stamp(t), height, girth, len, age, feed, work, kg];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['horse_id', 'weighed_at', 'height_cm', 'girth_cm', 'length_cm', 'age_y', 'feed_kg_day', 'work_min_week', 'weight_kg'];
  write('weight.csv', header, rows);
  write('weight-na.csv', header, na);
  console.log('weight kg', stats(out));
}

/** lesson.csv: lesson log -> discipline (dressage/jumping/eventing/hacking/rare vaulting); the instructor number has no effect. */
function lesson(): void {
  const next = rng(17502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  let t = 1704200000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(next() * 9000);
    const u = next();
    const disc = u < 0.32 ? 'dressage' : u < 0.58 ? 'jumping' : u < 0.75 ? 'eventing' : u < 0.96 ? 'hacking' : 'vaulting';
    counts[disc] = (counts[disc] ?? 0) + 1;
    const jump = Math.round(clamp(disc === 'jumping' ? normal(next, 95, 15) : disc === 'eventing' ? normal(next, 80, 15) : disc === 'vaulting' ? 0 : disc === 'hacking' ? normal(next, 5, 8) : 0, 0, 150));
    const minutes = Math.round(clamp(disc === 'hacking' ? normal(next, 110, 25) : disc === 'vaulting' ? normal(next, 45, 8) : normal(next, 50, 10), 20, 200));
    const arena = Math.round(clamp(disc === 'dressage' ? normal(next, 1200, 100) : disc === 'hacking' ? normal(next, 0, 1) : disc === 'eventing' ? normal(next, 3000, 600) : normal(next, 1800, 200), 0, 5000));
    const riders = disc === 'vaulting' ? 4 + Math.floor(next() * 5) : 1 + Math.floor(next() * (disc === 'hacking' ? 6 : 3));
    const level = clamp(Math.round(normal(next, disc === 'eventing' ? 4 : 2.5, 1)), 1, 6);
    const instructor = 1 + Math.floor(next() * 8);
    rows.push([`LSN-${50000 + i}`, stamp(t), `RDR-${200 + Math.floor(next() * 150)}`, jump, minutes, arena, riders, level, instructor, disc]);
  }
  write('lesson.csv', ['lesson_id', 'booked_at', 'rider_id', 'jump_cm', 'lesson_min', 'arena_m2', 'riders', 'rider_level', 'instructor_no', 'discipline'], rows);
  console.log('lesson', counts);
}

/** lameness.csv: vet-book rows -> rare lameness flag; the stall number has no effect. */
function lameness(): void {
  const next = rng(17503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const farrier = Math.round(clamp(normal(next, 42, 10), 21, 90));
    const workload = r1(clamp(normal(next, 8, 4), 0, 25));
    const age = 3 + Math.floor(next() * 24);
    const kg = Math.round(clamp(normal(next, 540, 70), 300, 800));
    const hard = next() < 0.3 ? 1 : 0;
    const hoof = r1(clamp(normal(next, 52, 3), 44, 60));
    const stall = 1 + Math.floor(next() * 40);
    const z = -4.2 + 0.07 * (farrier - 42) + 0.18 * (workload - 8) + 0.06 * (age - 14) + 1.2 * hard + 0.35 * Math.abs(hoof - 52) + 0.004 * (kg - 540);
    const lame = next() < sigmoid(z) ? 1 : 0;
    pos += lame;
    rows.push([`HRS-${1000 + Math.floor(next() * 400)}`, farrier, workload, age, kg, hard, hoof, stall, lame]);
  }
  write('lameness.csv', ['horse_id', 'farrier_days', 'workload_h_week', 'age_y', 'weight_kg', 'hard_surface', 'hoof_angle_deg', 'stall_no', 'lame'], rows);
  console.log('lame', pos, '/ 1100');
}

/** livery.csv: semicolon export with decimal commas -> monthly livery bill in euros (skewed). */
function livery(): void {
  const next = rng(17504);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const full = next() < 0.4 ? 1 : 0;
    const horses = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.8);
    const hay = Math.round(clamp(normal(next, 12 * horses, 4), 0, 80));
    const turnout = r1(clamp(normal(next, 6, 3), 0, 14));
    const extras = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2);
    const arenaHours = r1(clamp(normal(next, 6, 4), 0, 30));
    const bill = r2(clamp(horses * (full ? 620 : 260) + hay * 7.5 + extras * 45 + arenaHours * 12 - turnout * 8 + normal(next, 0, 40), 120, 9000));
    out.push(bill);
    rows.push([`LIV-${3000 + i}`, full, horses, hay, dc(turnout), extras, dc(arenaHours), dc(bill)]);
  }
  write('livery.csv', ['account', 'full_livery', 'horses', 'hay_bales', 'turnout_h_day', 'extras', 'arena_h', 'bill_eur'], rows, ';');
  console.log('bill eur', stats(out));
}

/** gait.tsv-as-csv: tab-separated sensor windows -> gait (walk/trot/canter/gallop); speed in m/s and km/h. */
function gait(): void {
  const next = rng(17505);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const G: [string, number, number, number][] = [['walk', 1.6, 0.9, 0.4], ['trot', 3.8, 1.3, 0.9], ['canter', 6.0, 1.7, 1.5], ['gallop', 12.0, 2.2, 2.6]];
  for (let i = 0; i < 900; i++) {
    const u = next();
    const k = u < 0.35 ? 0 : u < 0.7 ? 1 : u < 0.93 ? 2 : 3;
    const [name, v, hz, acc] = G[k];
    counts[name] = (counts[name] ?? 0) + 1;
    const speed = r2(clamp(normal(next, v, v * 0.15), 0.5, 18));
    const stride = r2(clamp(normal(next, hz, 0.15), 0.5, 3));
    const accel = r2(clamp(normal(next, acc, 0.25), 0.05, 4));
    const cad = Math.round(stride * 60);
    rows.push([`SNS-${i}`, speed, r1(speed * 3.6), stride, cad, accel, 100 + Math.floor(next() * 60), name]);
  }
  write('gait.csv', ['window_id', 'speed_m_s', 'speed_km_h', 'stride_hz', 'cadence_per_min', 'accel_rms_g', 'sensor_batch', 'gait'], rows.map((r) => r), '\t');
  console.log('gait', counts);
}

weight(); lesson(); lameness(); livery(); gait();
