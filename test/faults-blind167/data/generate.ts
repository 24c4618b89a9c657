/**
 * Writes the CSVs of blind fault set 167 (orchestras and music schools), seeded so every run gives
 * the same files: `npx tsx test/faults-blind167/data/generate.ts`.
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

/** rehearsal.csv: concerts -> critic score (0-100); a copy with "NA" rehearsal hours (a manager's spreadsheet gaps). */
function rehearsal(): void {
  const next = rng(16701);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1725000000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(86400 * (1 + next() * 4));
    const hours = r1(clamp(normal(next, 14, 5), 2, 40));
    const players = Math.round(clamp(normal(next, 60, 18), 12, 110));
    const sectionals = Math.floor(next() * 6);
    const condYears = r1(clamp(normal(next, 15, 8), 1, 45));
    const hallC = r1(clamp(normal(next, 21, 2.5), 15, 29));
    const newWork = next() < 0.25 ? 1 : 0;
    const score = r1(clamp(45 + 18 * Math.tanh((hours - 12) / 8) + 2.2 * sectionals + 0.5 * condYears - 8 * newWork - 1.2 * Math.abs(hallC - 21) + normal(next, 0, 3), 0, 100));
    out.push(score);
    const row: (string | number)[] = [`CON-${5000 + i}`, stamp(t), hours, r1(hours * 60), players, sectionals, condYears, hallC, newWork, score, r2(score / 10)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[2] = 'NA';
    na.push(n);
  }
  const header = ['concert_id', 'concert_ts', 'rehearsal_h', 'rehearsal_min', 'players', 'sectionals', 'conductor_years', 'hall_temp_c', 'new_work', 'critic_score', 'critic_stars'];
  write('rehearsal.csv', header, rows);
  write('rehearsal-na.csv', header, na);
  console.log('critic score', stats(out));
}

/** practice.csv: music-school students -> passed the grade exam (0/1); locker number has no effect. */
function practice(): void {
  const next = rng(16702);
  const rows: (string | number)[][] = [];
  let pass = 0;
  for (let i = 0; i < 1000; i++) {
    const mins = Math.round(clamp(Math.exp(normal(next, 5.3, 0.7)), 10, 2400));
    const lessons = Math.floor(next() * 9);
    const years = r1(clamp(normal(next, 4, 2.5), 0.2, 14));
    const age = Math.round(clamp(normal(next, 14, 4), 6, 25));
    const theory = Math.floor(next() * 6);
    const locker = 100 + Math.floor(next() * 800);
    const z = 1.4 * (Math.log(mins) - 5.3) / 0.7 + 0.35 * (lessons - 4) + 0.25 * (years - 4) + 0.3 * (theory - 2.5) + normal(next, 0, 0.6);
    const y = next() < sigmoid(2 * z) ? 1 : 0;
    pass += y;
    rows.push([`STU-${30000 + i}`, mins, lessons, years, age, theory, locker, y]);
  }
  write('practice.csv', ['student_id', 'practice_min_week', 'lessons_month', 'years_playing', 'age', 'theory_grade', 'locker_no', 'exam_pass'], rows);
  console.log('exam pass', pass, '/ 1000');
}

/** instrument.csv: player profile -> instrument family (strings/woodwind/brass/percussion/rare harp); tuning in Hz and cents. */
function instrument(): void {
  const next = rng(16703);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const fam = u < 0.4 ? 'strings' : u < 0.62 ? 'woodwind' : u < 0.82 ? 'brass' : u < 0.96 ? 'percussion' : 'harp';
    counts[fam] = (counts[fam] ?? 0) + 1;
    const k = ['strings', 'woodwind', 'brass', 'percussion', 'harp'].indexOf(fam);
    const tuneHz = r2(clamp(normal(next, [442, 440.5, 441, 440, 443][k], 0.6), 436, 446));
    const cents = r1(normal(next, [3, -2, 6, 0, 8][k], 3));
    const weightKg = r1(clamp(normal(next, [0.6, 0.8, 3.5, 12, 38][k], [0.3, 0.3, 1.5, 5, 4][k]), 0.1, 50));
    const breaths = Math.round(clamp(normal(next, [0, 22, 28, 0, 0][k], 5), 0, 45));
    const bowChanges = Math.round(clamp(normal(next, [140, 0, 0, 0, 10][k], 30), 0, 260));
    const reedCost = Math.round(clamp(normal(next, [4, 180, 10, 40, 60][k] * 10, 120), 0, 4000));
    const chair = 1 + Math.floor(next() * 12);
    rows.push([`PLY-${700 + i}`, tuneHz, cents, weightKg, breaths, bowChanges, reedCost, chair, fam]);
  }
  write('instrument.csv', ['player_id', 'tuning_hz', 'cents_dev', 'case_weight_kg', 'breaths_min', 'bow_changes_min', 'reeds_strings_cost_cents', 'chair_no', 'family'], rows);
  console.log('families', counts);
}

/** tickets.csv (semicolon export, decimal commas): concerts -> tickets sold, and the rare cancelled flag. */
function tickets(): void {
  const next = rng(16704);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  let cancelled = 0;
  for (let i = 0; i < 1000; i++) {
    const capacity = [300, 600, 1200, 2200][Math.floor(next() * 4)];
    const price = r2(clamp(normal(next, 38, 14), 8, 120));
    const weekend = next() < 0.4 ? 1 : 0;
    const fame = r1(clamp(normal(next, 5, 2), 0, 10));
    const days = Math.round(clamp(normal(next, 40, 18), 3, 120));
    const rainMm = r1(clamp(Math.exp(normal(next, 0, 1.2)) - 1, 0, 60));
    const share = clamp(sigmoid(-0.04 * (price - 38) + 0.35 * (fame - 5) + 0.6 * weekend + 0.02 * (days - 40) - 0.05 * rainMm + normal(next, 0, 0.25)), 0.02, 1);
    const sold = Math.round(capacity * share);
    const soloistIll = next() < 0.05 ? 1 : 0;
    const z = -4 + 4 * soloistIll + 0.08 * rainMm - 2.5 * (share - 0.5);
    const canc = next() < sigmoid(z) ? 1 : 0;
    cancelled += canc;
    out.push(sold);
    rows.push([`EVT-${800 + i}`, capacity, String(price).replace('.', ','), weekend, String(fame).replace('.', ','), days, String(rainMm).replace('.', ','), soloistIll, sold, r2(share).toString().replace('.', ','), canc]);
  }
  write('tickets.csv', ['event_id', 'capacity', 'price_eur', 'weekend', 'soloist_fame', 'days_advertised', 'rain_mm', 'soloist_ill', 'tickets_sold', 'share_sold', 'cancelled'], rows, ';');
  console.log('tickets sold', stats(out), 'cancelled', cancelled);
}

/** donations.tsv-like donations.csv (tab-separated): patrons -> skewed donation amounts in dollars and thousands. */
function donations(): void {
  const next = rng(16705);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const age = Math.round(clamp(normal(next, 58, 14), 20, 95));
    const concerts = Math.floor(clamp(Math.exp(normal(next, 1.5, 0.8)), 0, 60));
    const subscriber = next() < 0.35 ? 1 : 0;
    const years = r1(clamp(normal(next, 8, 6), 0, 40));
    const incomeK = Math.round(clamp(Math.exp(normal(next, 4.4, 0.5)), 15, 900));
    const logAmt = 3 + 0.6 * Math.log(incomeK / 80) + 0.25 * Math.log1p(concerts) + 0.7 * subscriber + 0.03 * years + 0.01 * (age - 58) + normal(next, 0, 0.25);
    const amt = Math.round(Math.exp(logAmt) * 10);
    out.push(amt);
    rows.push([`PAT-${10000 + i}`, age, concerts, subscriber, years, incomeK, amt, r2(amt / 1000), r2(logAmt)]);
  }
  write('donations.csv', ['patron_id', 'age', 'concerts_attended', 'subscriber', 'member_years', 'income_k', 'donation_usd', 'donation_k', 'log_donation'], rows, '\t');
  console.log('donation usd', stats(out));
}

rehearsal();
practice();
instrument();
tickets();
donations();
