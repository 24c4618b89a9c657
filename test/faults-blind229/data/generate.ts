/**
 * Writes the CSVs of fault set blind229 (lavender farms and essential-oil distillers), seeded from 229.
 * Run once: npx tsx test/faults-blind229/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. plots.csv: one row per field plot and harvest, yield in kg of dried flower per hectare.
{
  const next = rng(229001);
  const lines = ['plot_id,harvest_date,altitude_m,sun_hours,rainfall_mm,soil_ph,plant_age_yr,row_spacing_cm,drip_irrigated,yield_kg_ha'];
  for (let i = 0; i < 420; i++) {
    const altitude = clamp(normal(next, 750, 220), 250, 1400);
    const sun = clamp(normal(next, 2500, 180) - 0.2 * (altitude - 750), 1800, 3000);
    const rain = Math.exp(normal(next, Math.log(480), 0.45)); // skewed
    const ph = clamp(normal(next, 7.6, 0.4), 6.3, 8.7);
    const age = Math.floor(next() * 12) + 1;
    const spacing = [100, 120, 140, 160][Math.floor(next() * 4)];
    const drip = next() < 0.3 ? 1 : 0;
    const ageCurve = age < 3 ? 0.45 + 0.25 * age : age > 9 ? 1.2 - 0.08 * (age - 9) : 1.05;
    let y = 2400 * ageCurve + 0.9 * (sun - 2500) - 0.6 * Math.abs(rain - 500) + 300 * drip - 250 * Math.abs(ph - 7.5) - 3 * (spacing - 130);
    y = Math.max(300, y * (1 + normal(next, 0, 0.07)));
    const month = 6 + Math.floor(next() * 3), day = 1 + Math.floor(next() * 28);
    lines.push(`P${String(100 + (i % 140)).padStart(3, '0')},2023-0${month}-${String(day).padStart(2, '0')},${r2(altitude, 0)},${r2(sun, 0)},${r2(rain, 1)},${r2(ph)},${age},${spacing},${drip},${r2(y, 0)}`);
  }
  write('plots.csv', lines);
}

// 2. stills.csv: one row per distillation batch; oil yield in ml and whether the batch passed the
//    linalyl-acetate spec (a minority fail).
const stillRows: number[][] = [];
{
  const next = rng(229002);
  const lines = ['batch_no,still,flower_mass_kg,moisture_pct,steam_rate_kg_h,duration_min,pressure_bar,condenser_temp_c,wilt_hours,oil_ml,passed'];
  for (let i = 0; i < 480; i++) {
    const mass = clamp(normal(next, 800, 260), 200, 1600);
    const moisture = clamp(normal(next, 55, 9), 30, 75);
    const steam = clamp(normal(next, 120 + mass * 0.05, 15), 60, 260); // collinear with mass
    const duration = clamp(normal(next, 45, 10), 20, 90);
    const pressure = clamp(normal(next, 0.35, 0.08), 0.1, 0.7);
    const condenser = clamp(normal(next, 32, 5), 18, 48);
    const wilt = Math.floor(next() * 72);
    const still = 1 + Math.floor(next() * 3);
    const oil = Math.max(50, mass * (1.6 + 0.006 * (wilt - 36) - 0.012 * (moisture - 55)) * (1 - Math.exp(-duration / 25)) * (1 + normal(next, 0, 0.06)));
    const z = 1.5 - 0.12 * (condenser - 32) - 4 * (pressure - 0.35) + 0.04 * (duration - 45) - 0.02 * (wilt - 36) + normal(next, 0, 0.5);
    const passed = next() < sigmoid(2.2 * z) ? 1 : 0;
    stillRows.push([mass, moisture, steam, duration, pressure, condenser, wilt, oil, passed]);
    lines.push(`B23-${String(i + 1).padStart(4, '0')},still_${still},${r2(mass, 1)},${r2(moisture, 1)},${r2(steam, 1)},${r2(duration, 0)},${r2(pressure, 3)},${r2(condenser, 1)},${wilt},${r2(oil, 0)},${passed}`);
  }
  write('stills.csv', lines);
}

// 3. stills-gaps.csv: the same export with gaps from a broken flow meter (NA, empty, "n/a").
{
  const next = rng(229003);
  const lines = ['batch_no,flower_mass_kg,moisture_pct,steam_rate_kg_h,duration_min,pressure_bar,condenser_temp_c,wilt_hours,oil_ml,passed'];
  stillRows.slice(0, 200).forEach((row, i) => {
    const cells = row.map((v, j) => (j === 4 ? r2(v, 3) : r2(v, 1)).toString());
    if (next() < 0.06) cells[2] = 'NA';
    if (next() < 0.03) cells[5] = '';
    if (next() < 0.02) cells[1] = 'n/a';
    lines.push(`B23-${String(i + 1).padStart(4, '0')},${cells.join(',')}`);
  });
  write('stills-gaps.csv', lines);
}

// 4. gc-lab.csv: the lab's GC-MS export (French locale: semicolons, decimal commas); grade string class,
//    "reject" rare.
{
  const next = rng(229004);
  const lines = ['sample_ref;linalool_pct;linalyl_acetate_pct;camphor_pct;cineole_pct;ocimene_pct;terpinen4ol_pct;lavandulyl_acetate_pct;grade'];
  const grades = ['fine', 'lavandin', 'population', 'reject'];
  for (let i = 0; i < 390; i++) {
    const u = next();
    const g = u < 0.35 ? 0 : u < 0.7 ? 1 : u < 0.93 ? 2 : 3;
    const mean = [
      [33, 38, 0.4, 1.0, 4.5, 3.5, 3.5],
      [30, 26, 7.5, 6.5, 1.2, 1.8, 1.2],
      [38, 32, 1.2, 2.0, 3.0, 2.5, 2.2],
      [40, 18, 4.0, 4.5, 0.8, 1.0, 0.6],
    ][g];
    const vals = mean.map((m) => Math.max(0.05, normal(next, m, m * 0.16 + 0.4)));
    const label = next() < 0.05 ? grades[Math.floor(next() * 3)] : grades[g];
    lines.push(`GC-${2300 + i};${vals.map((v) => v.toFixed(2).replace('.', ',')).join(';')};${label}`);
  }
  write('gc-lab.csv', lines);
}

// 5. bees.tsv-style csv: tab-separated hive log from the pollination contract: will the hive swarm?
{
  const next = rng(229005);
  const lines = ['hive\tweek\tframes_brood\tweight_kg\tqueen_age_months\ttemp_c\tforage_dist_m\tswarmed'];
  for (let i = 0; i < 360; i++) {
    const brood = clamp(normal(next, 7, 2), 1, 12);
    const weight = clamp(normal(next, 38 + brood * 1.5, 6), 15, 75);
    const queen = Math.floor(next() * 36);
    const temp = clamp(normal(next, 24, 5), 8, 38);
    const forage = Math.exp(normal(next, Math.log(600), 0.6));
    const z = 0.6 * (brood - 7) + 0.08 * (queen - 18) + 0.12 * (temp - 24) - 0.5;
    const sw = next() < sigmoid(z) ? 1 : 0;
    lines.push(`H${String(1 + (i % 45)).padStart(2, '0')}\t${1 + Math.floor(i / 45)}\t${r2(brood, 1)}\t${r2(weight, 1)}\t${queen}\t${r2(temp, 1)}\t${r2(forage, 0)}\t${sw}`);
  }
  write('hives.csv', lines);
}
