/**
 * Writes the CSVs of fault set blind243 (sled-dog kennels and mushing tour operators), seeded from 243.
 * Run once: `npx tsx test/faults-blind243/data/generate.ts`; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// dogs.csv: one row per dog of the kennel's roster at season end (vet book + GPS harness logs).
{
  const r = rng(243);
  const names = ['Balto', 'Togo', 'Nanook', 'Kiska', 'Yukon', 'Luna', 'Storm', 'Aurora', 'Tundra', 'Blizzard', 'Koda', 'Sitka', 'Juneau', 'Mika', 'Odin', 'Freya'];
  const rows = ['dog_id,name,weight_kg,age_yr,resting_hr,season_km,daily_kcal,coat_score,booties_pct,injured,position'];
  for (let i = 0; i < 400; i++) {
    const weight = clamp(normal(r, 24, 3.5), 16, 34);
    const age = clamp(1 + -Math.log(Math.max(r(), 1e-6)) * 3.2, 1, 13); // skewed: many young dogs
    const hr = clamp(normal(r, 78 + 1.5 * age, 8), 55, 115);
    const km = clamp(Math.exp(normal(r, 7.0, 0.55)), 150, 4000); // skewed season mileage
    const kcal = 95 * weight + 1.1 * km / 10 + normal(r, 0, 120); // collinear with weight and km
    const coat = 1 + Math.floor(r() * 5); // no effect
    const booties = clamp(normal(r, 70, 18), 10, 100);
    const z = -2.4 + 0.35 * (age - 4) + 1.1 * (Math.log(km) - 7) + 0.05 * (hr - 85) - 0.02 * (booties - 70);
    const injured = r() < sigmoid(z) ? 1 : 0;
    // position: heavy dogs run wheel, light young fast dogs team, experienced mid-weight dogs lead or swing
    const s = { lead: 1.2 * (age - 5) - 0.6 * Math.abs(weight - 23) - 1.6, swing: 0.5 * (age - 4) - 0.3 * Math.abs(weight - 24), team: -0.5 * (age - 3) - 0.4 * (weight - 23), wheel: 0.8 * (weight - 27) };
    const keys = Object.keys(s) as (keyof typeof s)[];
    let best = keys[0], bv = -Infinity;
    for (const k of keys) { const v = s[k] + normal(r, 0, 0.9); if (v > bv) { bv = v; best = k; } }
    const id = `D${String(1000 + i)}`;
    rows.push([id, names[i % names.length], weight.toFixed(1), age.toFixed(1), hr.toFixed(0), km.toFixed(0), kcal.toFixed(0), coat, booties.toFixed(0), injured, best].join(','));
  }
  write('dogs.csv', rows.join('\n') + '\n');
}

// tours.csv: the booking system's export (Norwegian locale: semicolons, decimal commas).
const tours: string[][] = [];
{
  const r = rng(243 * 7 + 1);
  const header = ['booking_ts', 'temp_c', 'wind_kmh', 'fresh_snow_cm', 'group_size', 'teams', 'trail_km', 'guide_years', 'duration_h', 'revenue_nok', 'outcome'];
  tours.push(header);
  for (let i = 0; i < 360; i++) {
    const day = 1 + Math.floor(r() * 28), month = [12, 1, 2, 3][Math.floor(r() * 4)], hour = 8 + Math.floor(r() * 6);
    const ts = `${month === 12 ? 2023 : 2024}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:${r() < 0.5 ? '00' : '30'}`;
    const temp = clamp(normal(r, -14, 8), -38, 2);
    const wind = clamp(-Math.log(Math.max(r(), 1e-6)) * 12, 0, 80);
    const snow = clamp(-Math.log(Math.max(r(), 1e-6)) * 6, 0, 55);
    const group = 1 + Math.floor(r() * 8);
    const teams = Math.max(1, Math.ceil(group / 2.5));
    const trail = clamp(normal(r, 18, 8), 4, 45);
    const guide = Math.floor(clamp(-Math.log(Math.max(r(), 1e-6)) * 5, 0, 25));
    const speed = clamp(14 - 0.12 * snow - 0.06 * wind + 0.05 * temp + 0.08 * guide - 0.3 * (teams - 1) + normal(r, 0, 0.8), 4, 20);
    const duration = trail / speed + 0.5 + normal(r, 0, 0.12);
    const revenue = Math.round(group * 1650 + trail * 95 + (r() < 0.2 ? 1200 : 0) + normal(r, 0, 300));
    const risk = 0.06 * wind + 0.06 * snow - 0.08 * (temp + 14) - 1.6 + normal(r, 0, 0.6);
    const outcome = risk > 1.3 ? 'cancelled' : risk > 0.1 ? 'shortened' : 'completed';
    const dec = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    tours.push([ts, dec(temp, 1), dec(wind, 1), dec(snow, 1), String(group), String(teams), dec(trail, 1), String(guide), dec(duration, 2), String(revenue), outcome]);
  }
  write('tours.csv', tours.map((row) => row.join(';')).join('\n') + '\n');
  // tours-gaps.csv: the same export before the office cleaned it: weather station outages left NA and blanks.
  const r2 = rng(243 * 7 + 2);
  const gaps = tours.map((row, i) => (i === 0 ? row : row.map((v, j) => ((j === 2 || j === 3) && r2() < 0.06 ? (r2() < 0.5 ? 'NA' : '') : v))));
  write('tours-gaps.csv', gaps.map((row) => row.join(';')).join('\n') + '\n');
}

// feed.csv: the kennel's daily feed log, saved from a sheet as tab-separated text.
{
  const r = rng(243 * 13 + 5);
  const rows = [['date', 'temp_c', 'dogs_working', 'km_total', 'kg_feed'].join('\t')];
  for (let i = 0; i < 300; i++) {
    const temp = clamp(normal(r, -12, 9), -40, 8);
    const dogs = 8 + Math.floor(r() * 40);
    const km = Math.max(0, dogs * clamp(normal(r, 22, 9), 0, 60));
    const kg = 0.55 * 52 + dogs * 0.42 + km * 0.0016 - 0.035 * temp * dogs * 0.1 + normal(r, 0, 1.2);
    const d = new Date(Date.UTC(2023, 10, 15) + i * 86400000).toISOString().slice(0, 10);
    rows.push([d, temp.toFixed(1), dogs, km.toFixed(0), kg.toFixed(2)].join('\t'));
  }
  write('feed.csv', rows.join('\n') + '\n');
}
