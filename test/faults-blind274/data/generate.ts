/**
 * Writes the CSVs of fault set blind274 (rodeos and western-riding arenas), seeded from 274:
 * `npx tsx test/faults-blind274/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// rides.csv: rough-stock rides (bull and saddle bronc), one row per out of the chute.
// qualified: stayed on 8 s (0/1, about a third); score: the judges' total (0 when bucked off, else 60-92).
{
  const next = rng(274);
  const rows: string[] = ['ride_id,rodeo_date,rider_weight_kg,rider_years_pro,rider_season_avg,animal_weight_kg,animal_buck_index,arena_temp_c,ground_moisture_pct,chute_number,spur_marks,qualified,score'];
  for (let i = 0; i < 480; i++) {
    const weight = clamp(normal(next, 72, 7), 55, 95);
    const years = clamp(Math.floor(-Math.log(Math.max(next(), 1e-6)) * 4), 0, 22);
    const seasonAvg = clamp(68 + 1.1 * years + normal(next, 0, 3), 55, 92); // collinear with years
    const animal = clamp(500 + Math.exp(normal(next, 5.3, 0.45)), 520, 1100); // skewed
    const buck = clamp(normal(next, 22, 2.5), 15, 28);
    const temp = r2(normal(next, 27, 6), 1);
    const moisture = r2(clamp(normal(next, 18, 6), 3, 40), 1);
    const chute = 1 + Math.floor(next() * 6); // no effect
    const spur = Math.floor(clamp(normal(next, 10 + 0.4 * years, 3), 0, 25));
    const z = -0.9 + 0.16 * (years - 4) + 0.12 * (seasonAvg - 73) - 0.22 * (buck - 22) - 0.003 * (animal - 720) - 0.03 * (moisture - 18) + normal(next, 0, 0.6);
    const q = next() < sigmoid(2 * z) ? 1 : 0;
    const score = q ? r2(clamp(70 + 0.8 * (buck - 22) + 0.25 * (seasonAvg - 73) + 0.3 * spur - 3 + normal(next, 0, 2.5), 60, 94), 1) : 0;
    const date = `2023-${String(3 + Math.floor(next() * 7)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    rows.push([`R${1000 + i}`, date, r2(weight, 1), years, r2(seasonAvg, 1), Math.round(animal), r2(buck, 1), temp, moisture, chute, spur, q, score].join(','));
  }
  write('rides.csv', rows.join('\n') + '\n');
  // The same export with the arena office's blanks: NA for a missing scale reading, empty moisture cells.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const c = line.split(',');
    if (i % 17 === 3) c[5] = 'NA';
    if (i % 23 === 7) c[8] = '';
    return c.join(',');
  });
  write('rides-gaps.csv', gaps.join('\n') + '\n');
}

// barrels.csv: barrel-racing runs at the arena, time in seconds (regression, raw ~14-19 s) and the
// division the horse/rider ran in: open, youth, futurity (rare), as text.
{
  const next = rng(274 * 2 + 1);
  const rows: string[] = ['run_id,horse_age_yrs,horse_weight_kg,rider_age_yrs,arena_length_m,ground_depth_cm,pattern_wide_m,ticks_barrel,prior_best_s,division,time_s'];
  for (let i = 0; i < 420; i++) {
    const u = next();
    const division = u < 0.12 ? 'futurity' : u < 0.5 ? 'youth' : 'open';
    const age = division === 'futurity' ? clamp(normal(next, 5, 0.4), 4, 6) : clamp(normal(next, 10, 3), 6, 22);
    const hw = clamp(normal(next, 480, 35), 380, 600);
    const riderAge = division === 'youth' ? clamp(normal(next, 14, 2.5), 8, 18) : clamp(normal(next, 31, 9), 18, 65);
    const len = [60, 70, 80][Math.floor(next() * 3)];
    const depth = clamp(normal(next, 9, 2), 4, 16);
    const wide = r2(len / 3.4 + normal(next, 0, 0.5), 1);
    const ticks = next() < 0.15 ? 1 : 0;
    const base = 11.2 + 0.052 * len + 0.12 * (depth - 9) + 0.03 * Math.abs(age - 9) + (division === 'youth' ? 0.6 : division === 'futurity' ? 0.2 : 0);
    const prior = clamp(base + normal(next, -0.2, 0.35), 12, 22);
    const time = r2(base + 0.0008 * (hw - 480) + ticks * 0.3 + normal(next, 0, 0.25), 3);
    rows.push([`B${2000 + i}`, r2(age, 1), Math.round(hw), r2(riderAge, 0), len, r2(depth, 1), wide, ticks, r2(prior, 3), division, time].join(','));
  }
  write('barrels.csv', rows.join('\n') + '\n');
}

// gate_sales.csv: the box office export from a European-style sheet (semicolons, decimal commas):
// per rodeo night, attendance and gate revenue in euros (raw thousands).
{
  const next = rng(274 * 3 + 7);
  const rows: string[] = ['night;date;temp_c;rain_mm;is_saturday;headliner_rank;ticket_price_eur;ads_spend_eur;competing_events;attendance;revenue_eur'];
  const dc = (x: number, d = 2) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 300; i++) {
    const temp = normal(next, 22, 7);
    const rain = Math.max(0, -Math.log(Math.max(next(), 1e-6)) * 2.5 - 1.5);
    const sat = next() < 0.3 ? 1 : 0;
    const rank = 1 + Math.floor(next() * 20);
    const price = clamp(normal(next, 28, 5), 15, 45);
    const ads = Math.round(clamp(Math.exp(normal(next, 7, 0.5)), 200, 5000));
    const competing = Math.floor(next() * 4);
    const att = Math.round(clamp(1800 + 700 * sat - 45 * rank - 90 * rain + 18 * (temp - 22) - 25 * (price - 28) + 0.25 * ads - 150 * competing + normal(next, 0, 200), 300, 4500));
    const revenue = Math.round(att * price * (0.95 + 0.1 * next()));
    rows.push([`N${i + 1}`, `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, dc(temp, 1), dc(rain, 1), sat, rank, dc(price), ads, competing, att, revenue].join(';'));
  }
  write('gate_sales.csv', rows.join('\n') + '\n');
}

// vet_checks.tsv-style tab file: pre-competition vet checks of stock horses; fit_to_compete 0/1.
{
  const next = rng(274 * 5 + 3);
  const rows: string[] = ['horse\theart_rate_bpm\tresp_rate\ttemp_c\tlameness_grade\thydration_sec\tdays_since_last_event\tfit'];
  for (let i = 0; i < 360; i++) {
    const hr = clamp(normal(next, 40, 6), 28, 70);
    const rr = clamp(normal(next, 14, 3), 8, 30);
    const t = normal(next, 37.8, 0.35);
    const lame = Math.min(5, Math.floor(-Math.log(Math.max(next(), 1e-6)) * 0.8));
    const hyd = clamp(normal(next, 1.8, 0.5), 0.8, 4);
    const days = Math.floor(next() * 30);
    const z = 3 - 0.12 * (hr - 40) - 0.9 * lame - 2.2 * Math.max(0, t - 38.3) - 1.2 * (hyd - 1.8) + normal(next, 0, 0.5);
    const fit = next() < sigmoid(z) ? 1 : 0;
    rows.push([`H${300 + i}`, r2(hr, 0), r2(rr, 0), r2(t, 1), lame, r2(hyd, 1), days, fit].join('\t'));
  }
  write('vet_checks.csv', rows.join('\n') + '\n');
}
