/**
 * Writes the CSVs of fault set blind212 (beach lifeguard services), seeded from 212.
 * Run once: npx tsx test/faults-blind212/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(dir, name), rows.join('\n') + '\n');
const f = (x: number, d = 2) => x.toFixed(d);

// 1. shifts.csv: one row per tower per shift, did the tower perform a rescue (0/1)?
{
  const r = rng(212);
  const head = 'shift_id,date,tower,wave_height_m,wind_kmh,water_temp_c,air_temp_c,uv_index,visitors,rip_index,tide_m,tower_number,rescue';
  const rows = [head];
  const eu = ['shift_id;date;tower;wave_height_m;wind_kmh;water_temp_c;air_temp_c;uv_index;visitors;rip_index;tide_m;tower_number;rescue'];
  const gaps = [head];
  for (let i = 0; i < 480; i++) {
    const day = 1 + Math.floor(r() * 120);
    const date = new Date(Date.UTC(2023, 4, day)).toISOString().slice(0, 10);
    const tn = 1 + Math.floor(r() * 9);
    const wave = clamp(Math.exp(normal(r, -0.1, 0.5)), 0.1, 4.5);
    const wind = clamp(normal(r, 18, 9), 0, 60);
    const air = clamp(normal(r, 26, 5), 12, 41);
    const water = clamp(air * 0.55 + normal(r, 6, 1.5), 12, 27);
    const uv = clamp(air * 0.35 - 2 + normal(r, 0, 0.8), 1, 12); // collinear with air temp
    const visitors = Math.round(clamp(Math.exp(normal(r, 6.6, 0.8)) * (air / 26), 20, 12000)); // skewed
    const rip = clamp(wave * 1.1 + normal(r, 0, 0.7), 0, 5);
    const tide = normal(r, 0, 0.7);
    const z = -3.2 + 1.1 * rip + 0.6 * Math.log(visitors / 700) + 0.08 * (water - 20) - 0.4 * tide + normal(r, 0, 0.5);
    let y = r() < sigmoid(z * 1.4) ? 1 : 0;
    if (r() < 0.05) y = 1 - y;
    const cells = [`SH${String(10000 + i)}`, date, `T-${String(tn).padStart(2, '0')}`, f(wave), f(wind, 1), f(water, 1), f(air, 1), f(uv, 1), String(visitors), f(rip), f(tide), String(tn), String(y)];
    rows.push(cells.join(','));
    eu.push(cells.map((c) => c.replace('.', ',')).join(';'));
    const g = [...cells];
    if (r() < 0.06) g[4] = r() < 0.5 ? 'NA' : '';
    if (r() < 0.04) g[8] = 'n/a';
    gaps.push(g.join(','));
  }
  write('shifts.csv', rows);
  write('shifts-eu.csv', eu);
  write('shifts-gaps.csv', gaps);
}

// 2. incidents.csv: logged incidents, type as text (4 classes, marine_sting rare).
{
  const r = rng(212 * 7 + 1);
  const rows = ['incident_id,hour,distance_from_tower_m,water_depth_m,wave_height_m,age_years,water_temp_c,crowd_density,incident_type'];
  for (let i = 0; i < 420; i++) {
    const u = r();
    const type = u < 0.38 ? 'swimmer_distress' : u < 0.70 ? 'first_aid' : u < 0.90 ? 'lost_child' : 'marine_sting';
    let hour = 0, dist = 0, depth = 0, wave = 0, age = 0, temp = 0, crowd = 0;
    if (type === 'swimmer_distress') { hour = normal(r, 14, 2); dist = normal(r, 90, 35); depth = normal(r, 2.2, 0.7); wave = normal(r, 1.5, 0.5); age = normal(r, 28, 12); temp = normal(r, 20, 2); crowd = normal(r, 0.5, 0.2); }
    else if (type === 'first_aid') { hour = normal(r, 13, 2.5); dist = normal(r, 30, 20); depth = normal(r, 0.3, 0.3); wave = normal(r, 0.9, 0.4); age = normal(r, 35, 18); temp = normal(r, 21, 2); crowd = normal(r, 0.6, 0.2); }
    else if (type === 'lost_child') { hour = normal(r, 15, 2); dist = normal(r, 120, 60); depth = normal(r, 0.1, 0.2); wave = normal(r, 0.8, 0.4); age = normal(r, 6, 2.5); temp = normal(r, 21, 2); crowd = normal(r, 0.85, 0.15); }
    else { hour = normal(r, 12, 2); dist = normal(r, 40, 20); depth = normal(r, 0.8, 0.4); wave = normal(r, 0.6, 0.3); age = normal(r, 25, 14); temp = normal(r, 24.5, 1.2); crowd = normal(r, 0.5, 0.2); }
    rows.push([`INC-${2023}-${String(i + 1).padStart(4, '0')}`, f(clamp(hour, 8, 19), 1), f(clamp(dist, 0, 400), 0), f(clamp(depth, 0, 5)), f(clamp(wave, 0.1, 4)), f(clamp(age, 1, 85), 0), f(temp, 1), f(clamp(crowd, 0, 1)), type].join(','));
  }
  write('incidents.csv', rows);
}

// 3. coverage.csv: daily patrol hours the service staffed per beach (regression, raw units ~40-400 h).
{
  const r = rng(212 * 13 + 5);
  const rows = ['beach\tday_of_season\tforecast_visitors\tforecast_air_c\tschool_holiday\tweekend\tbeach_length_km\tcar_park_spaces\tpatrol_hours'];
  const beaches = ['North Cove', 'Main Strand', 'Pebble Bay', 'Surf Point', 'Dune End'];
  for (let i = 0; i < 360; i++) {
    const b = Math.floor(r() * 5);
    const len = [0.8, 2.4, 1.1, 1.6, 3.0][b];
    const park = [120, 900, 250, 400, 600][b];
    const dayN = 1 + Math.floor(r() * 120);
    const hol = dayN > 55 && dayN < 100 ? 1 : 0;
    const wk = r() < 2 / 7 ? 1 : 0;
    const air = clamp(normal(r, 24 + 4 * Math.sin((dayN / 120) * Math.PI), 3.5), 12, 40);
    const vis = Math.round(clamp(Math.exp(normal(r, 6.5 + 0.4 * hol + 0.3 * wk + 0.05 * (air - 24), 0.45)) * (park / 400), 30, 20000));
    const hours = clamp(20 + 28 * len + 0.018 * vis + 25 * hol + 15 * wk + normal(r, 0, 12), 16, 600);
    rows.push([beaches[b], String(dayN), String(vis), f(air, 1), String(hol), String(wk), f(len, 1), String(park), f(hours, 1)].join('\t'));
  }
  write('coverage-tabs.csv', rows);
}

// 4. swim-tests.csv: recruits' pool test (regression, 400 m swim time in seconds from fitness measures).
{
  const r = rng(212 * 31 + 9);
  const rows = ['recruit,age,height_cm,weight_kg,run_2km_s,sprint_50m_s,years_swimming,swim_400m_s'];
  for (let i = 0; i < 300; i++) {
    const age = clamp(normal(r, 21, 4), 16, 40);
    const h = normal(r, 176, 8);
    const w = clamp(h - 105 + normal(r, 0, 8), 45, 110);
    const yrs = clamp(normal(r, 6, 4), 0, 25);
    const sprint = clamp(normal(r, 34 - 0.35 * yrs, 3), 23, 50);
    const run = clamp(normal(r, 540 + 3 * (w - 70), 50), 380, 800);
    const swim = clamp(150 + 5.2 * sprint + 0.08 * run - 2.5 * yrs + 0.9 * (age - 21) + normal(r, 0, 9), 240, 600);
    rows.push([`R${300 + i}`, f(age, 0), f(h, 0), f(w, 1), f(run, 0), f(sprint, 1), f(yrs, 0), f(swim, 0)].join(','));
  }
  write('swim-tests.csv', rows);
}
