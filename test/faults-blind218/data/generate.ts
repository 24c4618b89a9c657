/**
 * Data of blind set 218: a hearing-dog and guide-dog training school's records.
 * Run once: `npx tsx test/faults-blind218/data/generate.ts`. Seeded from 218.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const f = (x: number, d = 2) => x.toFixed(d);

// 1. dogs.csv: 420 dogs assessed at the end of formal training. Target "outcome": pass / fail.
{
  const r = rng(218);
  const header = 'dog_id,intake_date,age_months,weight_kg,startle_recovery_s,distraction_score,sessions,trainer_years,litter_size,kennel_no,outcome';
  const lines = [header];
  for (let i = 0; i < 420; i++) {
    const age = clamp(normal(r, 17, 4), 9, 30);
    const weight = clamp(normal(r, 29, 4.5), 18, 42);
    const startle = clamp(Math.exp(normal(r, 1.2, 0.7)), 0.3, 40); // skewed, seconds
    const distraction = clamp(normal(r, 62, 15) - 3 * (startle - 3), 0, 100);
    const sessions = Math.round(clamp(Math.exp(normal(r, 4.3, 0.5)), 12, 400));
    const trainerYears = Math.round(clamp(Math.exp(normal(r, 1.8, 0.6)), 1, 30));
    const litter = Math.round(clamp(normal(r, 7, 2), 2, 12));
    const kennel = 1 + Math.floor(r() * 60); // no effect
    const z = 0.08 * (distraction - 60) - 0.35 * (startle - 3.5) + 0.012 * (sessions - 80) + 0.08 * (trainerYears - 6) + 0.1 * (age - 17) + 0.2;
    let pass = r() < sigmoid(1.4 * z);
    const month = 1 + Math.floor(r() * 12), day = 1 + Math.floor(r() * 28);
    lines.push([`D${String(2180 + i)}`, `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, f(age, 1), f(weight, 1), f(startle, 2), f(distraction, 0), sessions, trainerYears, litter, kennel, pass ? 'pass' : 'fail'].join(','));
  }
  write('dogs.csv', lines);
  // Copy with missing-value markers, as the kennel office's spreadsheet has them.
  const gaps = [header, ...lines.slice(1).map((l, i) => {
    const c = l.split(',');
    if (i % 17 === 3) c[4] = 'NA';
    if (i % 23 === 5) c[5] = '';
    if (i % 31 === 7) c[3] = 'n/a';
    return c.join(',');
  })];
  write('dogs-gaps.csv', gaps);
}

// 2. placement.csv: 360 puppies, 3 placements (guide, hearing, career_change; career_change rare).
{
  const r = rng(2181);
  const lines = ['puppy_id,height_cm,weight_kg,sound_orientation,pull_strength,calmness,food_drive,walk_pace_kmh,placement'];
  for (let i = 0; i < 360; i++) {
    const kind = r() < 0.47 ? 'guide' : r() < 0.8 ? 'hearing' : 'career_change';
    const big = kind === 'guide';
    const height = normal(r, big ? 60 : 45, 5);
    const weight = height * 0.55 + normal(r, big ? -2 : -6, 3); // collinear with height
    const sound = clamp(normal(r, kind === 'hearing' ? 8 : 5, 1.3), 0, 10);
    const pull = clamp(normal(r, big ? 6.5 : 4, 1.5), 0, 10);
    const calm = clamp(normal(r, kind === 'career_change' ? 3.5 : 7, 1.5), 0, 10);
    const food = clamp(normal(r, 6, 2), 0, 10); // weak effect
    const pace = clamp(normal(r, big ? 4.8 : 4.2, 0.6), 2.5, 7);
    lines.push([`P${3000 + i}`, f(height, 1), f(weight, 1), f(sound, 1), f(pull, 1), f(calm, 1), f(food, 1), f(pace, 2), kind].join(','));
  }
  write('placement.csv', lines);
}

// 3. readiness.csv: 380 dogs, regression target weeks_to_certification (raw weeks, ~20-90),
// plus cue_latency_ms in raw milliseconds, handler_hours in the hundreds.
{
  const r = rng(2182);
  const header = 'dog_id,start_ts,start_age_months,sessions_per_week,handler_hours,cue_latency_ms,noise_tolerance,public_outings,weeks_to_certification';
  const lines = [header];
  for (let i = 0; i < 380; i++) {
    const age = clamp(normal(r, 14, 3), 8, 26);
    const spw = clamp(normal(r, 4, 1.2), 1, 8);
    const hours = clamp(normal(r, 300, 90), 60, 700);
    const latency = clamp(Math.exp(normal(r, 6.6, 0.4)), 250, 4000);
    const tol = clamp(normal(r, 6, 2), 0, 10);
    const outings = Math.round(clamp(normal(r, 25, 10), 0, 70));
    const weeks = clamp(70 - 4.5 * spw - 0.04 * hours + 0.012 * latency - 1.8 * tol - 0.25 * outings + 0.6 * (age - 14) + normal(r, 0, 3.5), 12, 120);
    const ts = `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}T08:30`;
    lines.push([`R${5000 + i}`, ts, f(age, 1), f(spw, 1), f(hours, 0), f(latency, 0), f(tol, 1), outings, f(weeks, 1)].join(','));
  }
  write('readiness.csv', lines);
  // The European branch's export: semicolons and decimal commas.
  write('readiness-eu.csv', lines.map((l) => l.split(',').map((c) => c.replace('.', ',')).join(';')));
}

// 4. alerts.tsv-like: hearing-dog sound-alert trials, tab-separated. Target alerted 0/1.
{
  const r = rng(2183);
  const lines = ['trial_id\tsound_db\tfreq_khz\tdistance_m\tbackground_db\tdog_age_years\talerted'];
  for (let i = 0; i < 300; i++) {
    const db = clamp(normal(r, 65, 12), 30, 100);
    const fk = clamp(Math.exp(normal(r, 0.7, 0.6)), 0.2, 12);
    const dist = clamp(normal(r, 6, 3), 0.5, 18);
    const bg = clamp(normal(r, 40, 8), 20, 70);
    const agey = clamp(normal(r, 4, 2), 1, 11);
    const z = 0.12 * (db - bg - 25) - 0.25 * (dist - 6) - 0.15 * (agey - 4) + 0.3 * Math.log(fk);
    lines.push([`T${i + 1}`, f(db, 1), f(fk, 2), f(dist, 1), f(bg, 1), f(agey, 1), r() < sigmoid(1.5 * z) ? 1 : 0].join('\t'));
  }
  write('alerts.csv', lines);
}
