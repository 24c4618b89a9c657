/**
 * Writes this set's CSVs (sheep shearing contractors), seeded from 213 so every run gives the same files:
 * `npx tsx test/faults-blind213/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. shed_days.csv: one row per shearing job (a farm booking), from the contractor's job book.
{
  const next = rng(213);
  const header = ['job_id', 'start_date', 'stands', 'sheep_booked', 'distance_km', 'merino_pct', 'avg_body_kg', 'wool_length_mm',
    'months_since_shear', 'rain_mm_prev', 'temp_c', 'moon_phase', 'quote_aud', 'crew_hours', 'ran_over'];
  const rows: string[] = [header.join(',')];
  const jobs: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const stands = 2 + Math.floor(next() * 7);
    const sheep = Math.round(clamp(Math.exp(normal(next, 7.0, 0.75)), 150, 9000));
    const distance = r2(clamp(Math.exp(normal(next, 3.8, 0.8)), 3, 600), 1);
    const merino = Math.round(clamp(next() < 0.55 ? normal(next, 85, 15) : normal(next, 15, 15), 0, 100));
    const body = r2(clamp(normal(next, 52 + 0.12 * (100 - merino), 6), 35, 95), 1);
    const months = r2(clamp(normal(next, 10.5, 1.8), 5, 16), 1);
    const wool = r2(clamp(months * 8.2 + normal(next, 0, 6), 30, 150), 0);
    const rain = r2(next() < 0.6 ? 0 : Math.exp(normal(next, 1.5, 1.0)), 1);
    const temp = r2(normal(next, 17, 6), 1);
    const moon = r2(next(), 2);
    // sheep per shearer-hour: merinos and heavy, long-woolled sheep are slower; wet sheep slow the shed
    const rate = 22 - 0.075 * merino - 0.06 * (body - 55) - 0.03 * (wool - 85) - 0.15 * Math.min(rain, 15);
    const hours = r2((sheep / clamp(rate, 6, 30)) * Math.exp(normal(next, 0, 0.06)), 1);
    const quote = r2(sheep * (merino > 50 ? 3.65 : 3.2) + 2.1 * distance + normal(next, 0, 40), 2);
    const bookedHours = (sheep / 17) * 1.05;
    const over = next() < sigmoid(-1.9 + 0.18 * Math.min(rain, 15) + 2.2 * (hours / bookedHours - 1) + normal(next, 0, 0.3)) ? 1 : 0;
    const d = new Date(Date.UTC(2022, 6, 1) + Math.floor(next() * 700) * 86400000).toISOString().slice(0, 10);
    const job = [`J${22 + Math.floor(i / 250)}-${String(1000 + i).slice(1)}`, d, stands, sheep, distance, merino, body, wool, months, rain, temp, moon, quote, hours, over];
    jobs.push(job);
    rows.push(job.join(','));
  }
  write('shed_days.csv', rows);

  // The same job book exported from the office PC set to a European locale: semicolons, decimal commas.
  const eu = [header.join(';'), ...jobs.map((j) => j.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'))];
  write('shed_days_export.csv', eu);

  // The copy the booker keyed in by hand: missing readings as NA, '-' and empty cells.
  const gaps = [header.join(',')];
  const g = rng(213 * 7);
  for (const j of jobs) {
    const c = j.slice();
    for (const k of [4, 6, 9, 10]) {
      const u = g();
      if (u < 0.04) c[k] = 'NA'; else if (u < 0.06) c[k] = '-'; else if (u < 0.08) c[k] = '';
    }
    gaps.push(c.join(','));
  }
  write('shed_days_gaps.csv', gaps);
}

// 2. fleece_lines.csv: the wool classer's test results per bale, and the line the bale was put in.
{
  const next = rng(213 * 11);
  const rows = ['bale_id,micron,staple_mm,strength_nktex,vm_pct,yield_pct,colour_yz,fleece_kg,line'];
  for (let i = 0; i < 400; i++) {
    const u = next();
    const micron = r2(u < 0.2 ? normal(next, 17.6, 0.6) : u < 0.55 ? normal(next, 19.8, 0.8) : u < 0.8 ? normal(next, 22.6, 1.0) : normal(next, 29, 2.5), 1);
    const staple = r2(clamp(40 + 2.2 * micron + normal(next, 0, 9), 40, 160), 0);
    const strength = r2(clamp(normal(next, 36, 8), 12, 60), 0);
    const vm = r2(clamp(Math.exp(normal(next, 0.0, 0.7)), 0.1, 12), 1);
    const yieldPct = r2(clamp(normal(next, 68 - 0.9 * vm, 3), 50, 80), 1);
    const colour = r2(clamp(normal(next, 0.8 + 0.12 * micron - 2.5, 0.9), -2, 6), 1);
    const fleece = r2(clamp(normal(next, 1.5 + 0.15 * micron, 0.6), 2, 9), 1);
    let line = micron < 18.6 ? 'SF' : micron < 21.1 ? 'FM' : micron < 24.5 ? 'MM' : 'XB';
    if (strength < 22 || vm > 4.5) line = 'OFF';
    if (next() < 0.04) line = ['SF', 'FM', 'MM', 'XB'][Math.floor(next() * 4)];
    rows.push([`B${String(7000 + i)}`, micron, staple, strength, vm, yieldPct, colour, fleece, line].join(','));
  }
  write('fleece_lines.csv', rows);
}

// 3. shearer_runs.tsv: per shearer per two-hour run, from the tally board (tab separated, as the app exports).
{
  const next = rng(213 * 13);
  const rows = ['shearer\trun_no\tyears_exp\thandpiece_rpm\tcomb_teeth\tsheep_weight_kg\tshed_temp_c\ttally'];
  for (let i = 0; i < 360; i++) {
    const run = 1 + (i % 4);
    const years = r2(clamp(Math.exp(normal(next, 1.8, 0.7)), 0.5, 40), 1);
    const rpm = Math.round(normal(next, 2900, 120));
    const teeth = next() < 0.7 ? 13 : 9;
    const weight = r2(clamp(normal(next, 58, 9), 35, 90), 1);
    const temp = r2(normal(next, 24, 5), 1);
    const skill = 22 + 14 * Math.log1p(years) / Math.log(20);
    const fatigue = run === 4 ? -4 : run === 3 ? -2 : 0;
    const tally = Math.round(clamp(skill * 1.6 + fatigue - 0.25 * (weight - 58) - 0.35 * Math.max(0, temp - 28) + (teeth === 9 ? 2.5 : 0) + 0.004 * (rpm - 2900) + normal(next, 0, 2.5), 8, 90));
    rows.push([`S${String(100 + Math.floor(i / 4)).slice(1)}`, run, years, rpm, teeth, weight, temp, tally].join('\t'));
  }
  write('shearer_runs.tsv', rows);
}
