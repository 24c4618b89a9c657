/**
 * Data of blind set 295 (clockmakers and watch repairers), seeded from 295. Run once:
 * `npx tsx test/faults-blind295/data/generate.ts` from the repo root; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

// repairs.csv: the bench's job book. One row per watch taken in, measured on the timegrapher at intake.
{
  const next = rng(295);
  const rows: string[] = ['job_id,received,age_years,jewels,amplitude_deg,beat_error_ms,rate_s_day,years_since_service,case_mm,magnetised,bench_hours,verdict,comeback'];
  const gapRows: string[] = [rows[0]];
  const euRows: string[] = [rows[0].replace(/,/g, ';')];
  for (let i = 0; i < 480; i++) {
    const age = r1(clamp(Math.exp(normal(next, 3.0, 0.8)), 1, 120)); // skewed
    const since = r1(clamp(age * (0.35 + 0.5 * next()) + normal(next, 0, 1), 0.5, 60)); // collinear with age
    const jewels = [7, 15, 17, 17, 17, 21, 21, 25][Math.floor(next() * 8)];
    const amp = r1(clamp(normal(next, 285 - 2.2 * since - 0.15 * age, 18), 120, 320));
    const beat = r2(clamp(Math.exp(normal(next, -0.9 + 0.03 * since, 0.6)), 0.0, 6));
    const rate = r1(clamp(normal(next, (300 - amp) * 0.25, 8), -60, 90));
    const caseMm = r1(normal(next, 38, 3.5)); // no effect
    const mag = next() < 0.14 ? 1 : 0;
    const hours = r2(clamp(0.8 + 0.09 * since + 0.022 * (300 - amp) + 0.6 * beat + 1.1 * mag + (jewels < 15 ? 0.8 : 0) + normal(next, 0, 0.35), 0.4, 20));
    const s = 0.03 * (300 - amp) + 0.9 * beat + 0.06 * since + normal(next, 0, 0.45);
    let verdict = s < 2.0 ? 'adjust' : s < 3.5 ? 'clean' : 'overhaul';
    if (amp < 175 && next() < 0.8) verdict = 'replace';
    const comeback = next() < sigmoid(-3.2 + 0.9 * beat + 1.6 * mag + 0.01 * (260 - amp)) ? 1 : 0;
    const day = 1 + Math.floor(next() * 28), month = 1 + Math.floor(next() * 12);
    const id = `J-${String(2100 + i).padStart(5, '0')}`;
    const date = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const cells = [id, date, age, jewels, amp, beat, rate, since, caseMm, mag, hours, verdict, comeback].map(String);
    rows.push(cells.join(','));
    euRows.push(cells.map((c) => c.replace('.', ',')).join(';'));
    const gap = [...cells];
    if (next() < 0.07) gap[4] = 'NA';
    if (next() < 0.05) gap[5] = '';
    if (next() < 0.03) gap[6] = 'n/a';
    gapRows.push(gap.join(','));
  }
  write('repairs.csv', rows.join('\n') + '\n');
  write('repairs-eu.csv', euRows.join('\n') + '\n');
  write('repairs-gaps.csv', gapRows.join('\n') + '\n');
}

// pendulums.csv: a restorer's timing log of longcase and bracket clocks, tab-separated from the timing machine.
{
  const next = rng(295 * 7 + 1);
  const rows: string[] = ['clock_id\tpendulum_cm\tbob_g\tworkshop_temp_c\thumidity_pct\tdrive_weight_kg\tsuspension_spring_mm\tdrift_s_day'];
  for (let i = 0; i < 360; i++) {
    const len = r1(clamp(normal(next, 99.4, 6), 20, 160));
    const bob = Math.round(clamp(normal(next, 900, 350), 150, 2500));
    const temp = r1(normal(next, 19, 3.5));
    const hum = r1(clamp(normal(next, 50, 12), 20, 90));
    const weight = r1(clamp(normal(next, 4 + bob / 500, 1), 1, 12));
    const spring = r1(clamp(normal(next, 0.12 * len, 1.5), 1, 25)); // collinear with length
    // Beating against 99.4 cm, temperature expansion, humidity on the wooden rod, a drive-weight term.
    const drift = r2(-43.2 * (len - 99.4) / 99.4 * 20 - 0.9 * (temp - 19) + 0.08 * (hum - 50) + 0.6 * (weight - 6) + normal(next, 0, 1.5));
    rows.push([`LC-${300 + i}`, len, bob, temp, hum, weight, spring, drift].join('\t'));
  }
  write('pendulums.csv', rows.join('\n') + '\n');
}

// auction.csv: past auction results a dealer keeps, exported from a German-locale sheet (semicolons, decimal commas).
{
  const next = rng(295 * 13 + 5);
  const rows: string[] = ['lot;year_made;diameter_mm;gold_g;complications;condition;box_papers;hammer_eur'];
  for (let i = 0; i < 300; i++) {
    const year = Math.round(clamp(normal(next, 1955, 25), 1880, 2015));
    const dia = r1(clamp(normal(next, 36, 4), 24, 48));
    const gold = next() < 0.35 ? r1(clamp(normal(next, 18, 8), 3, 60)) : 0;
    const comps = Math.min(4, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.8));
    const cond = Math.round(clamp(normal(next, 3, 1), 1, 5));
    const box = next() < 0.25 ? 1 : 0;
    const price = Math.round(clamp(Math.exp(6.8 + 0.03 * gold + 0.55 * comps + 0.25 * cond + 0.5 * box + 0.006 * (1990 - year) + normal(next, 0, 0.35)), 150, 90000));
    rows.push([`L${1000 + i}`, year, String(dia).replace('.', ','), String(gold).replace('.', ','), comps, cond, box, price].join(';'));
  }
  write('auction.csv', rows.join('\n') + '\n');
}
