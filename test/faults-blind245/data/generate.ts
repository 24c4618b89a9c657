/**
 * Blind set 245 data: racing-pigeon lofts and fanciers' clubs. Seeded from 245; run once:
 * `npx tsx test/faults-blind245/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. races.csv: one row per pigeon per race from a club's race results (clock download + ring register).
{
  const next = rng(245);
  const rows: string[] = ['ring_id,race_date,distance_km,age_yrs,weight_g,wing_cm,headwind_kmh,temp_c,training_km_wk,days_rest,loft_altitude_m,basket_hours,velocity_mpm,prize'];
  const n = 480;
  for (let i = 0; i < n; i++) {
    const ring = `GB${22 + Math.floor(next() * 3)}N${String(10000 + Math.floor(next() * 89999))}`;
    const month = 4 + Math.floor(next() * 5), day = 1 + Math.floor(next() * 28);
    const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const distance = clamp(Math.exp(normal(next, Math.log(320), 0.5)), 90, 1100); // skewed
    const age = clamp(Math.round(normal(next, 2.6, 1.3)), 1, 9);
    const weight = clamp(normal(next, 480, 28), 390, 580);
    const wing = clamp(weight * 0.071 + normal(next, 0, 0.5), 28, 42); // collinear with weight
    const headwind = normal(next, 2, 12);
    const temp = normal(next, 17, 5);
    const training = clamp(Math.exp(normal(next, Math.log(150), 0.6)), 10, 900); // skewed
    const rest = clamp(Math.round(normal(next, 9, 4)), 3, 35);
    const altitude = clamp(normal(next, 120, 60), 5, 400); // no effect
    const basket = clamp(distance / 60 + normal(next, 8, 3), 2, 40);
    const vel = 1250 - 0.28 * (distance - 320) - 9.5 * headwind + 45 * Math.log(training / 150)
      - 18 * Math.abs(age - 3) + 0.6 * (weight - 480) - 3.5 * Math.abs(temp - 18) - 4 * Math.abs(rest - 10) + normal(next, 0, 45);
    const prize = sigmoid((vel - 1300) / 40 + normal(next, 0, 0.6)) > 0.5 ? 1 : 0;
    rows.push([ring, date, r2(distance, 1), age, r2(weight, 1), r2(wing, 1), r2(headwind, 1), r2(temp, 1), r2(training, 0), rest, r2(altitude, 0), r2(basket, 1), r2(vel, 1), prize].join(','));
  }
  write('races.csv', rows.join('\n') + '\n');
  // A copy with missing-value markers where the clock failed or the scales were not used.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (i % 17 === 3) cells[4] = 'NA';
    if (i % 23 === 5) cells[12] = '';
    if (i % 29 === 7) cells[6] = 'n/a';
    return cells.join(',');
  });
  write('races-gaps.csv', gaps.join('\n') + '\n');
}

// 2. lofts.csv: club membership survey, loft specialism as a string class (long distance is rare).
{
  const next = rng(245 * 7 + 1);
  const rows: string[] = ['member_no,loft_m2,birds,young_birds,feed_kg_wk,training_tosses,avg_race_km,vet_visits,membership_yrs,specialism'];
  for (let i = 0; i < 390; i++) {
    const u = next();
    const cls = u < 0.5 ? 'sprint' : u < 0.86 ? 'middle' : 'marathon';
    const k = cls === 'sprint' ? 0 : cls === 'middle' ? 1 : 2;
    const loft = clamp(normal(next, 14 + 4 * k, 4), 4, 40);
    const birds = clamp(Math.round(loft * normal(next, 3.2, 0.5)), 8, 160);
    const young = clamp(Math.round(birds * normal(next, 0.45 - 0.08 * k, 0.08)), 0, 120);
    const feed = birds * 0.21 + normal(next, 0, 1.5);
    const tosses = clamp(Math.round(normal(next, 30 - 5 * k, 6)), 2, 60);
    const raceKm = clamp(normal(next, 190 + 230 * k, 70), 60, 1200);
    const vet = clamp(Math.round(normal(next, 2 + 0.4 * k, 1.2)), 0, 8);
    const years = clamp(Math.round(Math.exp(normal(next, Math.log(12 + 6 * k), 0.6))), 1, 60);
    rows.push([`M${1000 + i}`, r2(loft, 1), birds, young, r2(feed, 1), tosses, r2(raceKm, 0), vet, years, cls].join(','));
  }
  write('lofts.csv', rows.join('\n') + '\n');
}

// 3. vetcheck.csv: a vet practice's spreadsheet export, semicolons and decimal commas; canker 0/1.
{
  const next = rng(245 * 13 + 5);
  const rows: string[] = ['ring;body_temp_c;weight_g;crop_score;droppings_score;feather_score;loft_humidity_pct;canker'];
  for (let i = 0; i < 320; i++) {
    const sick = next() < 0.22;
    const temp = normal(next, sick ? 42.3 : 41.6, 0.35);
    const weight = normal(next, sick ? 440 : 478, 25);
    const crop = clamp(Math.round(normal(next, sick ? 3.2 : 1.4, 1)), 0, 5);
    const drop = clamp(Math.round(normal(next, sick ? 2.8 : 1.6, 1)), 0, 5);
    const feather = clamp(Math.round(normal(next, 3, 1)), 0, 5); // no effect
    const hum = clamp(normal(next, sick ? 72 : 64, 9), 30, 98);
    const label = next() < 0.06 ? (sick ? 0 : 1) : sick ? 1 : 0;
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`NL-${2023}-${String(i + 100000).slice(1)}`, c(temp, 2), c(weight, 1), crop, drop, feather, c(hum, 1), label].join(';'));
  }
  write('vetcheck.csv', rows.join('\n') + '\n');
}

// 4. toss-clock.tsv (.csv name): training-toss timings exported tab-separated from a clock program; minutes home.
{
  const next = rng(245 * 31 + 9);
  const rows: string[] = ['toss_id\ttoss_km\twind_tail_kmh\tcloud_pct\tbirds_released\tminutes_home'];
  for (let i = 0; i < 260; i++) {
    const km = clamp(normal(next, 40, 18), 5, 110);
    const tail = normal(next, 0, 10);
    const cloud = clamp(normal(next, 50, 30), 0, 100);
    const birds = Math.round(clamp(normal(next, 24, 8), 4, 60));
    const minutes = km / (1.15 + 0.012 * tail) + 0.05 * cloud + 0.03 * birds + normal(next, 0, 2.5);
    rows.push([`T${i + 1}`, r2(km, 1), r2(tail, 1), r2(cloud, 0), birds, r2(minutes, 1)].join('\t'));
  }
  write('toss-clock.csv', rows.join('\n') + '\n');
}
