/**
 * Writes the snail-farm CSVs of fault set blind248 (seeded from 248): run once with
 * `npx tsx test/faults-blind248/data/generate.ts`; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const f = (x: number, d = 2) => x.toFixed(d);

// 1. pens.csv: one row per outdoor pen and season; regression target harvest_kg (raw kilos).
{
  const r = rng(248);
  const lines = ['pen_id,season_start,pen_area_m2,stocked_snails,density_per_m2,humidity_pct,night_temp_c,feed_kg_week,rain_mm,calcium_g_m2,harvest_kg'];
  const rows: string[][] = [];
  for (let i = 0; i < 380; i++) {
    const area = clamp(normal(r, 160, 70), 40, 420);
    const density = clamp(normal(r, 180, 45), 60, 320);
    const stocked = Math.round(area * density * (1 + normal(r, 0, 0.03)));
    const hum = clamp(normal(r, 82, 7), 55, 98);
    const temp = clamp(normal(r, 16, 3), 8, 25);
    const feed = Math.exp(normal(r, Math.log(area * 0.12), 0.35));
    const rain = Math.exp(normal(r, 3.6, 0.8));
    const calcium = clamp(normal(r, 30, 8), 5, 60); // no effect
    const crowd = density > 240 ? (density - 240) * 0.004 : 0;
    const humEff = 1 - ((hum - 85) / 18) ** 2;
    const tempEff = 1 - ((temp - 17) / 9) ** 2;
    const per = 0.0085 * clamp(humEff, 0.1, 1) * clamp(tempEff, 0.1, 1) * (1 - crowd) * (0.6 + 0.4 * Math.min(1, feed / (area * 0.12)));
    const harvest = Math.max(1, stocked * per * (1 + normal(r, 0, 0.08)));
    const yr = 2016 + (i % 8);
    rows.push([`P-${String(100 + i)}`, `${yr}-0${3 + (i % 3)}-1${i % 9}`, f(area, 1), String(stocked), f(density, 1), f(hum, 1), f(temp, 1), f(feed, 2), f(rain, 1), f(calcium, 1), f(harvest, 1)]);
  }
  write('pens.csv', [lines[0], ...rows.map((x) => x.join(','))]);
  // the same export with missing-value markers from the farm's logger
  const r2 = rng(2481);
  const gaps = rows.map((x) => x.map((c, j) => (j >= 5 && j <= 8 && r2() < 0.05 ? (r2() < 0.5 ? 'NA' : '') : c)));
  write('pens-gaps.csv', [lines[0], ...gaps.map((x) => x.join(','))]);
}

// 2. grading.csv: snails graded at purge; 3 string grades, "extra" rare.
{
  const r = rng(2482);
  const header = 'lot,shell_diam_mm,live_weight_g,shell_thick_mm,lip_formed,age_weeks,purge_days,grade';
  const rows: string[][] = [];
  for (let i = 0; i < 420; i++) {
    const age = clamp(normal(r, 30, 7), 14, 52);
    const diam = clamp(normal(r, 18 + age * 0.55, 2.5), 18, 48);
    const weight = clamp(Math.exp(normal(r, Math.log(0.00045 * diam ** 2.8), 0.12)), 2, 40);
    const thick = clamp(normal(r, 0.2 + diam * 0.012, 0.06), 0.2, 1.2);
    const lip = r() < sigmoid((age - 28) / 3) ? 1 : 0;
    const purge = Math.round(clamp(normal(r, 5, 1.5), 2, 10)); // no effect
    const score = 0.35 * (diam - 34) + 0.18 * (weight - 12) + 2.2 * lip + 3 * (thick - 0.6) + normal(r, 0, 0.9);
    let grade = score > 4.8 ? 'extra' : score > -0.6 ? 'standard' : 'reject';
    if (r() < 0.05) grade = ['extra', 'standard', 'reject'][Math.floor(r() * 3)];
    rows.push([`L${248}-${i}`, f(diam, 1), f(weight, 2), f(thick, 2), String(lip), f(age, 0), String(purge), grade]);
  }
  write('grading.csv', [header, ...rows.map((x) => x.join(','))]);
  // the packing station's French Excel export: semicolons, decimal commas
  write('grading-fr.csv', [header.replace(/,/g, ';'), ...rows.map((x) => x.map((c) => c.replace('.', ',')).join(';'))]);
  // a hand-kept copy with weights typed as "12.4g" in some rows
  const r2 = rng(2483);
  write('grading-notes.csv', [header, ...rows.map((x) => x.map((c, j) => (j === 2 && r2() < 0.08 ? `${c}g` : c)).join(','))]);
}

// 3. dieoff.csv: weekly pen checks; 1 = mass die-off the following week (~18%).
{
  const r = rng(2484);
  const header = 'week_id,humidity_pct,night_temp_c,ammonia_ppm,density_per_m2,days_since_clean,slime_index,dieoff';
  const rows: string[] = [];
  for (let i = 0; i < 460; i++) {
    const hum = clamp(normal(r, 80, 9), 45, 99);
    const temp = clamp(normal(r, 17, 4), 4, 30);
    const amm = Math.exp(normal(r, 1.2, 0.7));
    const dens = clamp(normal(r, 190, 50), 60, 340);
    const clean = Math.round(clamp(Math.exp(normal(r, 2, 0.6)), 1, 45));
    const slime = clamp(0.3 * amm + 0.05 * clean + normal(r, 0, 0.4), 0, 12); // collinear with ammonia & cleaning
    const z = -3.1 + 0.55 * (amm - 3.3) + 0.012 * (dens - 190) + 0.06 * (clean - 8) + 0.09 * Math.abs(temp - 17) + 0.05 * Math.max(0, 70 - hum) + normal(r, 0, 0.5);
    const y = r() < sigmoid(z * 1.6 + 1.2) ? 1 : 0;
    rows.push(`W${2400 + i},${f(hum, 1)},${f(temp, 1)},${f(amm, 2)},${f(dens, 0)},${clean},${f(slime, 2)},${y}`);
  }
  write('dieoff.csv', [header, ...rows]);
}

// 4. caviar.csv: breeding boxes; two targets (egg mass g, clutches) from raw conditions.
{
  const r = rng(2485);
  const header = 'box_id,breeders,soil_moisture_pct,soil_depth_cm,box_temp_c,photoperiod_h,egg_mass_g,clutches';
  const rows: string[] = [];
  for (let i = 0; i < 300; i++) {
    const br = Math.round(clamp(normal(r, 120, 35), 30, 220));
    const moist = clamp(normal(r, 70, 8), 45, 90);
    const depth = clamp(normal(r, 8, 2), 3, 14);
    const temp = clamp(normal(r, 20, 2), 15, 25);
    const photo = clamp(normal(r, 16, 1.5), 12, 20);
    const rate = clamp(1 - ((moist - 75) / 20) ** 2, 0.1, 1) * clamp(1 - ((temp - 20) / 6) ** 2, 0.1, 1) * (0.6 + 0.05 * depth) * (0.7 + 0.02 * photo);
    const clutches = Math.max(0, Math.round(br * 0.35 * rate * (1 + normal(r, 0, 0.1))));
    const mass = Math.max(0, clutches * 3.1 * (1 + normal(r, 0, 0.08)));
    rows.push(`B-${i},${br},${f(moist, 1)},${f(depth, 1)},${f(temp, 1)},${f(photo, 1)},${f(mass, 1)},${clutches}`);
  }
  write('caviar.csv', [header, ...rows]);
}
