/**
 * Writes the CSVs of fault set blind251 (roller-skating rinks and roller-derby leagues), seeded from 251:
 * `npx tsx test/faults-blind251/data/generate.ts` (run once; the files are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const out = (name: string, text: string) => fs.writeFileSync(path.join(__dirname, name), text);
const r2 = (x: number) => Math.round(x * 100) / 100;

// 1. sessions.csv: one row per public skate session at a rink; attendance (heads) is the target.
{
  const next = rng(251);
  const rows: string[] = ['session_id,start_hour,weekday,temp_c,temp_f,school_holiday,ticket_price,promo_spend,dj_night,floor_age_years,attendance,rentals'];
  const sessionRows: string[][] = [];
  for (let i = 0; i < 420; i++) {
    const hour = 10 + Math.floor(next() * 13);
    const weekday = Math.floor(next() * 7);
    const temp = r2(normal(next, 14, 9));
    const tempF = r2(temp * 1.8 + 32 + normal(next, 0, 0.3));
    const holiday = next() < 0.22 ? 1 : 0;
    const price = r2(8 + Math.floor(next() * 11));
    const promo = Math.round(Math.exp(normal(next, 5, 1.1))); // skewed, dollars
    const dj = next() < 0.3 ? 1 : 0;
    const floorAge = Math.floor(next() * 25); // no effect
    const weekend = weekday >= 5 ? 1 : 0;
    const evening = hour >= 18 ? 1 : 0;
    const att = clamp(Math.round(60 + 70 * weekend + 55 * holiday + 45 * dj * evening + 30 * evening - 6 * (price - 12) + 18 * Math.log1p(promo) - 0.25 * (temp - 14) ** 2 + normal(next, 0, 18)), 5, 450);
    const rentals = Math.round(att * (0.45 + 0.01 * (18 - price)) + normal(next, 0, 8));
    const row = [`S${251000 + i}`, `${hour}`, `${weekday}`, `${temp}`, `${tempF}`, `${holiday}`, `${price}`, `${promo}`, `${dj}`, `${floorAge}`, `${att}`, `${Math.max(0, rentals)}`];
    sessionRows.push(row);
    rows.push(row.join(','));
  }
  out('sessions.csv', rows.join('\n') + '\n');
  // sessions-gaps.csv: the front desk's export where the weather feed failed and promo was not logged.
  const g = rng(251 * 7);
  const gaps = [rows[0], ...sessionRows.map((row) => {
    const copy = [...row];
    if (g() < 0.08) copy[3] = 'NA';
    if (g() < 0.06) copy[7] = '';
    if (g() < 0.03) copy[6] = 'n/a';
    return copy.join(',');
  })];
  out('sessions-gaps.csv', gaps.join('\n') + '\n');
}

// 2. bouts.csv: roller-derby bouts from the home team's view; home_win 0/1 with ~8% flipped (forfeits, disputed scores).
{
  const next = rng(251 + 1);
  const rows = ['bout_date,ranking_diff,jam_points_avg,penalty_minutes,roster_size,travel_km,avg_skater_weight_kg,practice_hours_week,home_win'];
  for (let i = 0; i < 380; i++) {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 1200) * 86400000).toISOString().slice(0, 10);
    const rank = Math.round(normal(next, 0, 25));
    const jam = r2(clamp(normal(next, 9, 3), 1, 20));
    const pen = Math.round(clamp(normal(next, 24, 9), 2, 60));
    const roster = 10 + Math.floor(next() * 6);
    const travel = Math.round(Math.exp(normal(next, 5, 1.2)));
    const weight = r2(normal(next, 72, 9));
    const practice = r2(clamp(normal(next, 6, 2.5), 1, 14));
    const z = -0.045 * rank + 0.35 * (jam - 9) - 0.08 * (pen - 24) + 0.25 * (practice - 6) + 0.2 * (roster - 12);
    let win = next() < sigmoid(2.2 * z) ? 1 : 0;
    if (next() < 0.08) win = 1 - win;
    rows.push([day, rank, jam, pen, roster, travel, weight, practice, win].join(','));
  }
  out('bouts.csv', rows.join('\n') + '\n');
}

// 3. skaters.csv: league combine results; position jammer / blocker / pivot (pivot rare). skaters-eu.csv: the same
// league's European partner export, semicolons and decimal commas.
{
  const next = rng(251 + 2);
  const header = ['skater_id', 'derby_name', 'sprint_40m_s', 'lateral_agility', 'weight_kg', 'height_cm', 'years_skating', 'hits_per_jam', 'lead_jam_pct', 'position'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 390; i++) {
    const u = next();
    const pos = u < 0.36 ? 'jammer' : u < 0.88 ? 'blocker' : 'pivot';
    const years = r2(clamp(normal(next, pos === 'pivot' ? 7 : 4, 2), 0.5, 15));
    const sprint = r2(pos === 'jammer' ? normal(next, 6.1, 0.35) : normal(next, 6.9, 0.4));
    const agility = r2(pos === 'jammer' ? normal(next, 8.2, 0.9) : normal(next, 6.8, 1));
    const weight = r2(pos === 'blocker' ? normal(next, 78, 8) : normal(next, 66, 7));
    const height = r2(normal(next, 168, 7) + 0.3 * (weight - 70));
    const hits = r2(clamp(pos === 'blocker' ? normal(next, 3.2, 0.8) : pos === 'pivot' ? normal(next, 2.4, 0.7) : normal(next, 0.6, 0.4), 0, 8));
    const lead = r2(clamp(pos === 'jammer' ? normal(next, 45, 12) : pos === 'pivot' ? normal(next, 12, 6) : normal(next, 2, 2), 0, 100));
    rows.push([`SK-${4000 + i}`, `Skater${i}`, sprint, agility, weight, height, years, hits, lead, pos]);
  }
  out('skaters.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  out('skaters-eu.csv', [header.join(';'), ...rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'))].join('\n') + '\n');
}

// 4. wheels.csv (tab-separated, from the pro shop's wear log): wheel wear in mm per 100 km.
{
  const next = rng(251 + 3);
  const rows = ['wheel_sku\tdurometer_a\tkm_skated\tskater_weight_kg\tfloor_type\tindoor\twear_mm'];
  for (let i = 0; i < 300; i++) {
    const duro = 78 + Math.floor(next() * 24);
    const km = r2(Math.exp(normal(next, 5.5, 0.7)));
    const weight = r2(normal(next, 70, 11));
    const floor = Math.floor(next() * 3); // 0 wood, 1 sport court, 2 concrete
    const indoor = floor === 2 ? (next() < 0.3 ? 1 : 0) : 1;
    const wear = r2(Math.max(0.01, (0.002 * km * (1 + 0.6 * floor) * (1 + 0.012 * (weight - 70)) * (1 - 0.025 * (duro - 78))) + normal(next, 0, 0.08)));
    rows.push([`WH-${duro}-${i}`, duro, km, weight, floor, indoor, wear].join('\t'));
  }
  out('wheels.csv', rows.join('\n') + '\n');
}
