/**
 * Writes the CSVs of blind fault set 142 (language schools and tutoring services), seeded so every
 * run gives the same files: `npx tsx test/faults-blind142/data/generate.ts`.
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

/** sessions.csv: tutoring sessions -> test score gain in points; a copy with "NA" study hours (CRM export gaps). */
function sessions(): void {
  const next = rng(14201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1725148800;
  for (let i = 0; i < 960; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const tutor = 1 + Math.floor(next() * 14);
    const minutes = [30, 45, 60, 90][Math.floor(next() * 4)];
    const study = r1(clamp(normal(next, 5, 2.5), 0, 16));
    const homework = Math.floor(Math.exp(normal(next, 1.2, 0.9)));
    const prior = Math.round(clamp(normal(next, 120, 35), 20, 240));
    const level = 1 + Math.floor(next() * 6);
    const fee = r2(minutes * (0.55 + 0.08 * level) + normal(next, 0, 2));
    const gain = r1(0.18 * minutes + 2.2 * study + 1.5 * Math.min(homework, 12) - 0.06 * (prior - 120) - 1.2 * level + normal(next, 0, 3));
    out.push(gain);
    const row: (string | number)[] = [`SES-${31000 + i}`, stamp(t), `TUT-${String(tutor).padStart(2, '0')}`, minutes, study, homework, prior, r1((prior / 250) * 100), level, fee, gain];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['session_id', 'session_ts', 'tutor_id', 'lesson_min', 'study_h_week', 'homework_count', 'prior_score_pts', 'prior_score_pct', 'level', 'fee_usd', 'gain_pts'];
  write('sessions.csv', header, rows);
  write('sessions-na.csv', header, na);
  console.log('gain pts', stats(out));
}

/** placement.csv: placement test -> course level A1/A2/B1/B2/C1 and a rare C2; the classroom number has no effect. */
function placement(): void {
  const next = rng(14202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.22 ? 0 : u < 0.45 ? 1 : u < 0.68 ? 2 : u < 0.86 ? 3 : u < 0.96 ? 4 : 5;
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    const pts = Math.round(clamp(normal(next, 15 + 20 * k, 5), 0, 120));
    const listen = r1(clamp(normal(next, 25 + 13 * k, 7), 0, 100));
    const vocab = Math.round(clamp(normal(next, 800 + 1600 * k, 450), 100, 12000));
    const years = r1(clamp(normal(next, 0.5 + 1.4 * k, 0.9), 0, 15));
    const age = Math.round(clamp(normal(next, 27, 9), 12, 70));
    const room = 100 + Math.floor(next() * 40);
    rows.push([`STU-${52000 + i * 3}`, age, pts, listen, vocab, years, room, names[k]]);
  }
  write('placement.csv', ['student_id', 'age', 'placement_pts', 'listening_pct', 'vocab_words', 'years_studied', 'classroom', 'course_level'], rows);
  console.log('levels', counts);
}

/** dropout.csv: enrolments -> a rare dropout flag; the locker number has no effect. Fees in cents. */
function dropout(): void {
  const next = rng(14203);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const missed = Math.floor(Math.exp(normal(next, 0.6, 0.8)));
    const study = r1(clamp(normal(next, 5, 2.5), 0, 18));
    const homework = Math.floor(Math.exp(normal(next, 1.5, 0.8)));
    const months = 1 + Math.floor(next() * 18);
    const feeCents = Math.round(clamp(normal(next, 32000, 9000), 8000, 90000));
    const locker = 1 + Math.floor(next() * 300);
    const z = -3.2 + 0.55 * (missed - 2) - 0.35 * (study - 5) - 0.15 * (Math.min(homework, 20) - 5) + 0.00006 * (feeCents - 32000) - 0.05 * (months - 9);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([`ENR-${9000 + i}`, 1725148800 + i * 5400, missed, study, homework, months, feeCents, locker, flag]);
  }
  write('dropout.csv', ['enrolment_id', 'enrolled_epoch', 'missed_sessions', 'study_h_week', 'homework_count', 'months_enrolled', 'fee_cents', 'locker_no', 'dropped_out'], rows);
  console.log('dropout', pos, '/ 1100');
}

/** invoices.csv: semicolon export with decimal commas -> monthly invoice in dollars (skewed). */
function invoices(): void {
  const next = rng(14204);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 820; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 2.2, 0.6)), 1, 80));
    const group = 1 + Math.floor(next() * 6);
    const rating = r1(clamp(normal(next, 4.3, 0.4), 2.5, 5));
    const level = 1 + Math.floor(next() * 6);
    const travel = r1(clamp(Math.exp(normal(next, 1.5, 0.7)), 0, 60));
    const rate = 38 + 6 * level + 8 * (rating - 4.3);
    const inv = r2(clamp(hours * rate / Math.sqrt(group) + 0.9 * travel + normal(next, 0, 8), 20, 20000));
    out.push(inv);
    rows.push([`INV-2024-${String(i + 1).padStart(4, '0')}`, dc(hours), group, dc(rating), level, dc(travel), dc(inv)]);
  }
  write('invoices.csv', ['invoice_no', 'hours_booked', 'group_size', 'tutor_rating', 'level', 'travel_km', 'invoice_usd'], rows, ';');
  console.log('invoice usd', stats(out));
}

/** exams.csv: tab-separated term records -> final exam in percent and in points (out of 250). */
function exams(): void {
  const next = rng(14205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const study = r1(clamp(normal(next, 6, 3), 0, 20));
    const attendance = r1(clamp(normal(next, 82, 12), 20, 100));
    const mocks = Math.floor(next() * 5);
    const lessonMin = Math.round(clamp(normal(next, 900, 300), 120, 2400));
    const sleep = r1(clamp(normal(next, 7, 1), 4, 10));
    const pct = r1(clamp(20 + 3.0 * study + 0.35 * attendance + 2.5 * mocks + 0.008 * lessonMin + 10 * Math.tanh((study - 6) / 4) + normal(next, 0, 2.5), 0, 100));
    out.push(pct);
    rows.push([`T${24}-${1000 + i}`, study, attendance, mocks, lessonMin, sleep, pct, Math.round(pct * 2.5)]);
  }
  write('exams.csv', ['record_id', 'study_h_week', 'attendance_pct', 'mock_exams', 'lesson_min_term', 'sleep_h', 'exam_pct', 'exam_pts'], rows, '\t');
  console.log('exam pct', stats(out));
}

sessions();
placement();
dropout();
invoices();
exams();
