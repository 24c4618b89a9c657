/**
 * Writes this set's CSVs (mountain rescue teams), seeded from 203 so every run gives the same files:
 * `npx tsx test/faults-blind203/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// callouts.csv: one row per rescue callout of a regional team.
{
  const next = rng(203);
  const head = ['incident_id', 'reported_at', 'altitude_m', 'distance_km', 'heli_eta_min', 'temp_c', 'wind_kmh', 'party_size', 'hours_overdue', 'slope_deg', 'visibility_m', 'snow_cm', 'moon_phase', 'severe', 'mission_hours', 'outcome'];
  const rows: string[] = [head.join(',')];
  const semi: string[] = [head.join(';')];
  const gaps: string[] = [head.join(',')];
  for (let i = 0; i < 480; i++) {
    const altitude = clamp(normal(next, 1900, 650), 400, 4200);
    const distance = clamp(Math.exp(normal(next, 1.8, 0.7)), 0.5, 60); // skewed
    const eta = clamp(8 + distance * 1.6 + normal(next, 0, 3), 5, 120); // collinear with distance
    const month = Math.floor(next() * 12);
    const winter = Math.cos((month / 12) * 2 * Math.PI);
    const temp = normal(next, 8 - altitude / 250 - 8 * winter, 4);
    const wind = clamp(Math.exp(normal(next, 3, 0.6)), 0, 160);
    const party = 1 + Math.floor(clamp(Math.exp(normal(next, 0.6, 0.6)), 0, 11));
    const overdue = clamp(Math.exp(normal(next, 1.2, 0.9)), 0, 72);
    const slope = clamp(normal(next, 28, 10), 0, 60);
    const vis = clamp(Math.exp(normal(next, 6.5, 1.1)), 10, 10000);
    const snow = Math.max(0, normal(next, 40 * Math.max(0, winter) + altitude / 60 - 20, 15));
    const moon = r2(next(), 2); // no effect
    const score = -4.2 + 0.0011 * altitude + 0.04 * wind - 0.08 * temp + 0.06 * overdue + 0.05 * slope - 0.25 * Math.log(vis) + 0.8;
    const severe = next() < sigmoid(score) ? 1 : 0;
    const hours = clamp(1.2 + 0.12 * distance + 0.0009 * altitude + 0.03 * wind + 0.05 * snow + 1.5 * severe + 0.15 * party + normal(next, 0, 0.8), 0.5, 40);
    let outcome: string;
    const u = next();
    if (severe && u < 0.06 + 0.02 * Math.max(0, overdue - 8)) outcome = 'fatality';
    else if (severe || (distance > 12 && u < 0.5)) outcome = 'helicopter';
    else if (overdue > 6 || slope > 35) outcome = 'ground_team';
    else outcome = u < 0.55 ? 'walked_out' : 'ground_team';
    const id = `MRT-${2019 + Math.floor(i / 100)}-${String(i + 1).padStart(4, '0')}`;
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const ts = `${2019 + Math.floor(i / 100)}-${String(month + 1).padStart(2, '0')}-${day}T${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    const vals = [id, ts, r2(altitude, 0), r2(distance, 2), r2(eta, 1), r2(temp, 1), r2(wind, 1), party, r2(overdue, 2), r2(slope, 1), r2(vis, 0), r2(snow, 1), moon, severe, r2(hours, 2), outcome];
    rows.push(vals.join(','));
    semi.push(vals.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
    const g = vals.map((v, k) => (k >= 2 && k <= 11 && next() < 0.04 ? (next() < 0.5 ? 'NA' : '') : v));
    gaps.push(g.join(','));
  }
  write('callouts.csv', rows.join('\n') + '\n');
  write('callouts-export.csv', semi.join('\n') + '\n');
  write('callouts-gaps.csv', gaps.join('\n') + '\n');
}

// slopes.tsv-style export (tabs): avalanche release observations by the team's snow-safety officer.
{
  const next = rng(203 * 7 + 1);
  const head = ['site', 'slope_deg', 'new_snow_cm', 'wind_kmh', 'temp_rise_c', 'north_aspect', 'days_since_snow', 'released'];
  const rows = [head.join('\t')];
  for (let i = 0; i < 360; i++) {
    const slope = clamp(normal(next, 33, 8), 10, 55);
    const snow = clamp(Math.exp(normal(next, 2.8, 0.8)), 0, 150);
    const wind = clamp(normal(next, 30, 18), 0, 110);
    const rise = normal(next, 2, 3);
    const north = next() < 0.45 ? 1 : 0;
    const days = Math.floor(clamp(Math.exp(normal(next, 1.2, 0.8)), 0, 30));
    const z = -6 + 0.13 * (slope - 20) + 0.035 * snow + 0.025 * wind + 0.25 * rise + 0.5 * north - 0.18 * days + (slope > 30 && slope < 45 ? 1.2 : 0);
    const rel = next() < sigmoid(z) ? 1 : 0;
    rows.push([`S${String(i + 1).padStart(3, '0')}`, r2(slope, 1), r2(snow, 1), r2(wind, 1), r2(rise, 1), north, days, rel].join('\t'));
  }
  write('avalanche.csv', rows.join('\n') + '\n');
}

// searches.csv: lost-person search effort; targets search_hours (raw hours) and area_km2.
{
  const next = rng(203 * 13 + 5);
  const head = ['team_size', 'dogs', 'drone', 'terrain_rough', 'last_seen_h', 'subject_age', 'forest_pct', 'search_hours', 'area_km2'];
  const rows = [head.join(',')];
  for (let i = 0; i < 300; i++) {
    const team = 4 + Math.floor(next() * 30);
    const dogs = Math.floor(next() * 4);
    const drone = next() < 0.4 ? 1 : 0;
    const rough = r2(clamp(normal(next, 0.5, 0.2), 0, 1), 2);
    const seen = clamp(Math.exp(normal(next, 1.6, 0.9)), 0.2, 96);
    const age = Math.floor(clamp(normal(next, 45, 20), 6, 90));
    const forest = r2(clamp(normal(next, 40, 25), 0, 100), 0);
    const area = clamp(0.8 + 0.9 * seen + 8 * rough + normal(next, 0, 1.5), 0.2, 200);
    const hours = clamp(3 + 1.8 * area / Math.sqrt(team) + 0.06 * forest - 1.2 * dogs - 2.5 * drone + 0.03 * Math.abs(age - 40) + normal(next, 0, 1.2), 0.5, 300);
    rows.push([team, dogs, drone, rough, r2(seen, 2), age, forest, r2(hours, 2), r2(area, 2)].join(','));
  }
  write('searches.csv', rows.join('\n') + '\n');
}
