/**
 * Writes the CSVs of fault set blind270 (canoe and kayak rental outfitters), seeded from 270:
 * `npx tsx test/faults-blind270/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(DIR, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// ---- trips.csv: one row per rental booking (a season's bookings from the booking system) ----
{
  const next = rng(270);
  const rows: string[] = ['booking_id,start_time,group_size,trip_hours,water_temp_c,wind_kmh,river_flow_cms,experience_level,boat_age_years,paddle_length_cm,boat_type,capsized,revenue_eur'];
  const start = Date.UTC(2023, 4, 1, 8);
  for (let i = 0; i < 460; i++) {
    const group = Math.max(1, Math.round(Math.exp(normal(next, 1.0, 0.55))));
    const hours = r2(clamp(Math.exp(normal(next, 1.0, 0.5)), 1, 9), 1);
    const temp = r2(clamp(normal(next, 17, 4), 7, 27), 1);
    const wind = r2(clamp(Math.exp(normal(next, 2.3, 0.6)), 0, 60), 1);
    const flow = r2(clamp(Math.exp(normal(next, 3.6, 0.7)), 4, 420), 1);
    const exp = Math.floor(next() * 4);
    const age = Math.floor(next() * 12);
    const paddle = Math.round(normal(next, 220, 12)); // no effect
    const u = next();
    const type = u < 0.46 ? 'canoe' : u < 0.84 ? 'kayak' : u < 0.95 ? 'tandem_kayak' : 'sup';
    const z = -1.9 + 0.09 * (wind - 10) + 0.012 * (flow - 40) - 0.7 * exp - 0.12 * (temp - 17) + (type === 'sup' ? 1.2 : 0) + normal(next, 0, 0.4);
    const capsized = next() < sigmoid(z) ? 1 : 0;
    const perHour = type === 'canoe' ? 18 : type === 'kayak' ? 15 : type === 'tandem_kayak' ? 24 : 12;
    const boats = type === 'canoe' || type === 'tandem_kayak' ? Math.ceil(group / 2) : group;
    const revenue = r2(boats * perHour * hours * (1 + normal(next, 0, 0.06)) + (group > 6 ? -15 : 0));
    const t = new Date(start + Math.floor(next() * 150) * 86400000 + Math.floor(next() * 9) * 3600000).toISOString().slice(0, 16).replace('T', ' ');
    rows.push([`BK-${27000 + i}`, t, group, hours, temp, wind, flow, exp, age, paddle, type, capsized, revenue].join(','));
  }
  write('trips.csv', rows.join('\n') + '\n');
  // A copy with the gaps the front desk leaves: NA, empty cells, "?".
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 13 !== 0) return line;
    const cells = line.split(',');
    cells[[4, 5, 6][i % 3]] = ['NA', '', '?'][i % 3];
    return cells.join(',');
  });
  write('trips-gaps.csv', gaps.join('\n') + '\n');
}

// ---- daily.csv: one row per day: weather, river, and how many boats went out ----
{
  const next = rng(270 * 7 + 1);
  const rows: string[] = ['date,air_temp_c,air_temp_f,rain_mm,wind_kmh,water_level_m,weekend,school_holiday,boats_rented,staff_hours'];
  for (let d = 0; d < 380; d++) {
    const season = Math.sin((2 * Math.PI * (d % 365)) / 365 - 1.3);
    const temp = r2(clamp(15 + 10 * season + normal(next, 0, 3), -2, 36), 1);
    const rain = next() < 0.62 ? 0 : r2(Math.exp(normal(next, 1.2, 1.0)), 1);
    const wind = r2(clamp(Math.exp(normal(next, 2.4, 0.5)), 1, 70), 1);
    const level = r2(clamp(1.2 + 0.4 * -season + 0.02 * rain + normal(next, 0, 0.15), 0.4, 3.5), 2);
    const weekend = d % 7 === 5 || d % 7 === 6 ? 1 : 0;
    const holiday = (d % 365 > 190 && d % 365 < 240) ? 1 : 0;
    const demand = Math.max(0, 8 + 3.1 * Math.max(0, temp - 8) - 1.6 * Math.min(rain, 25) - 0.6 * Math.max(0, wind - 15) - 14 * Math.max(0, level - 1.8) + 22 * weekend + 18 * holiday + normal(next, 0, 7));
    const boats = Math.round(demand);
    const staff = r2(16 + 0.45 * boats + normal(next, 0, 3), 1);
    const date = new Date(Date.UTC(2022, 3, 1) + d * 86400000).toISOString().slice(0, 10);
    rows.push([date, temp, r2(temp * 1.8 + 32, 1), rain, wind, level, weekend, holiday, boats, staff].join(','));
  }
  write('daily.csv', rows.join('\n') + '\n');
  // The same days as the booking office's spreadsheet exports them: semicolons, decimal commas.
  write('daily-eu.csv', rows.map((l) => l.split(',').map((c) => c.replace('.', ',')).join(';')).join('\n') + '\n');
}

// ---- returns.csv (tab-separated): boat condition check at return, 3 damage grades, one rare ----
{
  const next = rng(270 * 13 + 5);
  const rows: string[] = ['boat_id\thull_scratch_mm\tdent_count\tkeel_wear_pct\tdays_since_service\tkm_paddled\tgrade'];
  for (let i = 0; i < 340; i++) {
    const scratch = r2(Math.exp(normal(next, 1.5, 0.8)), 1);
    const dents = Math.floor(Math.exp(normal(next, 0.3, 0.8)));
    const keel = r2(clamp(normal(next, 20, 12), 0, 80), 1);
    const days = Math.floor(next() * 120);
    const km = r2(days * (0.8 + next()) + normal(next, 0, 10), 1);
    const score = 0.05 * scratch + 0.5 * dents + 0.05 * keel + 0.01 * days + normal(next, 0, 0.5);
    const grade = score > 4.2 ? 'repair' : score > 2.4 ? 'worn' : 'ok';
    rows.push([`C${100 + (i % 60)}`, scratch, dents, keel, days, km, grade].join('\t'));
  }
  write('returns.csv', rows.join('\n') + '\n');
}
