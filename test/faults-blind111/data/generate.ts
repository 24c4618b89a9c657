/**
 * Writes the CSVs of blind fault set 111 (gyms, fitness studios and sports clubs), seeded so every
 * run gives the same files: `npx tsx test/faults-blind111/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** members.csv: membership records -> visits next month (regression); a copy with "NA" visits-per-week cells. */
function members(): void {
  const next = rng(11101);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  const clubs = ['NORTH', 'CITY', 'RIVERSIDE'];
  for (let i = 0; i < 850; i++) {
    const ts = 1717200000 + i * 2900 + Math.floor(next() * 1800);
    const months = Math.round(clamp(Math.exp(normal(next, 2.3, 0.9)), 1, 120));
    const vpw = r1(clamp(Math.exp(normal(next, 0.7, 0.6)), 0, 9));
    const age = Math.round(clamp(normal(next, 36, 12), 16, 80));
    const dist = r1(clamp(Math.exp(normal(next, 1.2, 0.8)), 0.2, 60));
    const classes = Math.min(30, Math.floor(Math.exp(normal(next, 0.8, 1))));
    const fee = Math.round(clamp(normal(next, 4200, 1200), 1500, 12000));
    const visits = Math.round(clamp(4 * vpw * (0.8 + 0.2 * Math.tanh(months / 12)) - 0.15 * dist + 0.3 * classes - 2 * Math.max(0, 1.2 - vpw) + normal(next, 0, 1.5), 0, 40));
    out.push(visits);
    const row: (string | number)[] = [`M${510000 + i}`, clubs[i % 3], stamp(ts), ts, months, vpw, age, dist, classes, fee, visits];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['member_id', 'club', 'last_checkin', 'last_checkin_ts', 'membership_months', 'visits_per_week', 'age', 'distance_km', 'classes_booked', 'monthly_fee_cents', 'visits_next_month'];
  write('members.csv', header, rows);
  write('members-na.csv', header, na);
  console.log('visits', stats(out));
}

/** workouts.csv: tracker sessions (semicolon export, decimal commas) -> calories burned. */
function workouts(): void {
  const next = rng(11102);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const dur = Math.round(clamp(normal(next, 50, 18), 10, 120));
    const hr = Math.round(clamp(normal(next, 128, 18), 80, 185));
    const maxHr = Math.round(clamp(hr + Math.abs(normal(next, 25, 10)), hr + 3, 205));
    const mass = r1(clamp(normal(next, 76, 14), 45, 140));
    const age = Math.round(clamp(normal(next, 35, 11), 16, 75));
    const male = next() < 0.5 ? 1 : 0;
    const perMin = clamp((male ? -55.1 + 0.63 * hr + 0.2 * mass + 0.2 * age : -20.4 + 0.45 * hr - 0.13 * mass + 0.07 * age) / 4.184, 1, 25);
    const kcal = Math.round(clamp(perMin * dur + normal(next, 0, 25), 20, 2500));
    out.push(kcal);
    rows.push([`S${90000 + i}`, `W${3000 + (i % 150)}`, dur, hr, maxHr, String(mass).replace('.', ','), age, male, kcal]);
  }
  write('workouts.csv', ['session_id', 'member_id', 'duration_min', 'avg_hr_bpm', 'max_hr_bpm', 'body_mass_kg', 'age', 'male', 'calories_kcal'], rows, ';');
  console.log('kcal', stats(out));
}

/** classes.csv: studio class log -> class type (yoga / spin / hiit / pilates / a rare boxing; 3% mislabelled). */
function classes(): void {
  const next = rng(11103);
  const rows: (string | number)[][] = [];
  const names = ['yoga', 'spin', 'hiit', 'pilates', 'boxing'];
  const weights = [0.3, 0.27, 0.2, 0.17, 0.06];
  const counts = [0, 0, 0, 0, 0];
  // avg hr, duration min, room temp C, attendees, music bpm, kcal per person
  const proto = [[98, 60, 30, 14, 70, 220], [148, 45, 21, 22, 130, 480], [158, 30, 20, 16, 140, 400], [105, 50, 22, 10, 90, 250], [150, 60, 19, 9, 120, 600]];
  for (let i = 0; i < 780; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const p = proto[k];
    const hr = Math.round(clamp(normal(next, p[0], 9), 70, 190));
    const dur = Math.round(clamp(normal(next, p[1], 7), 15, 90) / 5) * 5;
    const temp = r1(clamp(normal(next, p[2], 1.8), 15, 40));
    const att = Math.round(clamp(normal(next, p[3], 4), 2, 40));
    const bpm = Math.round(clamp(normal(next, p[4], 12), 50, 180));
    const kcal = Math.round(clamp(normal(next, p[5], 60), 80, 1000));
    let label = k;
    if (next() < 0.03) label = Math.floor(next() * 5);
    counts[label]++;
    rows.push([`C${20000 + i}`, stamp(1719792000 + i * 5400), hr, dur, temp, att, bpm, kcal, names[label]]);
  }
  write('classes.csv', ['class_id', 'start_time', 'avg_hr_bpm', 'duration_min', 'room_temp_c', 'attendees', 'music_bpm', 'kcal_per_person', 'class_type'], rows);
  console.log('classes', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** training.csv: strength-floor logs -> a rare injury flag and a skewed personal-training spend in cents; weight lifted in kg and in lb. */
function training(): void {
  const next = rng(11104);
  const rows: (string | number)[][] = [];
  let pos = 0;
  const spend: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const kg = r1(clamp(Math.exp(normal(next, 4.3, 0.45)), 20, 320));
    const lb = r1(kg * 2.20462);
    const sessions = Math.round(clamp(normal(next, 3, 1.3), 0, 8));
    const age = Math.round(clamp(normal(next, 37, 12), 16, 78));
    const warm = Math.round(clamp(Math.exp(normal(next, 1.8, 0.7)), 0, 40));
    const sleep = r1(clamp(normal(next, 6.9, 1.1), 3, 10));
    const prior = Math.min(6, Math.floor(Math.exp(normal(next, -1.5, 1.1))));
    const z = -3.1 + 0.012 * (kg - 75) + 0.3 * Math.max(0, sessions - 4) + 0.03 * Math.max(0, age - 40) - 0.08 * warm - 0.35 * (sleep - 7) + 0.6 * prior;
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    const ptc = Math.round(clamp(Math.exp(normal(next, 9.2 + 0.15 * sessions + 0.4 * flag, 1.1)), 0, 5000000) / 100) * 100;
    spend.push(ptc);
    rows.push([`M${610000 + i}`, stamp(1704067200 + i * 7000), kg, lb, sessions, age, warm, sleep, prior, flag, ptc]);
  }
  write('training.csv', ['member_id', 'logged_at', 'top_set_kg', 'top_set_lb', 'sessions_per_week', 'age', 'warmup_min', 'sleep_hours', 'prior_injuries', 'injury_reported', 'pt_spend_cents'], rows);
  console.log('injury', pos, 'of 1000; pt spend', stats(spend));
}

/** lifts.csv: a tab-separated strength test export -> estimated one-rep max in kg; a copy with empty body-mass cells. */
function lifts(): void {
  const next = rng(11105);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  const out: number[] = [];
  const lifts = ['SQUAT', 'BENCH', 'DEADLIFT'];
  for (let i = 0; i < 620; i++) {
    const l = i % 3;
    const mass = r1(clamp(normal(next, 80, 13), 48, 150));
    const years = r1(clamp(Math.exp(normal(next, 0.8, 0.9)), 0, 25));
    const reps = Math.round(clamp(normal(next, 6, 2.5), 1, 15));
    const factor = [1.3, 0.95, 1.55][l];
    const orm = r1(clamp(mass * factor * (0.7 + 0.35 * Math.tanh(years / 4)) + normal(next, 0, 6), 20, 350));
    const setKg = r1(orm / (1 + reps / 30));
    out.push(orm);
    const row: (string | number)[] = [`L${40000 + i}`, lifts[l], mass, years, reps, setKg, l === 2 ? 1 : 0, l === 1 ? 1 : 0, orm];
    rows.push(row);
    const b = [...row];
    if (i % 31 === 4) b[2] = '';
    blank.push(b);
  }
  const header = ['test_id', 'lift', 'body_mass_kg', 'training_years', 'reps', 'set_weight_kg', 'is_deadlift', 'is_bench', 'one_rep_max_kg'];
  write('lifts.csv', header, rows, '\t');
  write('lifts-blank.csv', header, blank, '\t');
  console.log('1rm', stats(out));
}

members();
workouts();
classes();
training();
lifts();
