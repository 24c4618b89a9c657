/**
 * Writes this set's CSVs (seeded from 233): cranberry bogs and a fruit-sauce plant.
 * Run once: npx tsx test/faults-blind233/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// bogs.csv: one row per bed and season. Yield in barrels per acre; fruit rot flag (rare).
{
  const r = rng(233);
  const head = ['bed_id', 'harvest_date', 'bed_area_ha', 'vine_age_yr', 'sand_depth_cm', 'frost_nights', 'flood_days', 'rainfall_mm', 'gdd', 'soil_ph', 'bee_hives', 'yield_bbl_acre', 'fruit_rot'];
  const rows: string[] = [head.join(',')];
  const gaps: string[] = [head.join(',')];
  for (let i = 0; i < 400; i++) {
    const area = clamp(Math.exp(normal(r, 0.6, 0.6)), 0.3, 12); // skewed
    const age = Math.floor(clamp(normal(r, 25, 15), 2, 90));
    const sand = clamp(normal(r, 8, 3), 1, 20);
    const frost = Math.floor(clamp(normal(r, 4, 3), 0, 15));
    const flood = Math.floor(clamp(normal(r, 2, 1.5), 0, 8));
    const rain = clamp(normal(r, 950, 180), 450, 1600);
    const gdd = clamp(normal(r, 2200, 200), 1600, 2800);
    const ph = clamp(normal(r, 4.6, 0.3), 3.8, 5.5); // no effect
    const hives = Math.floor(clamp(area * 2.5 + normal(r, 0, 1), 0, 40)); // collinear with area
    const y = 120 + 0.09 * (gdd - 1600) + 1.2 * Math.min(age, 40) - 9 * frost + 3 * sand - 0.02 * Math.abs(rain - 1000) + 4 * Math.log(1 + hives) + normal(r, 0, 18);
    const rot = r() < sigmoid(-3.2 + 0.5 * flood + 0.002 * (rain - 950) + 0.004 * (gdd - 2200)) ? 1 : 0;
    const month = 9 + Math.floor(r() * 2), day = 1 + Math.floor(r() * 28);
    const vals = [`B${String(100 + (i % 80)).padStart(3, '0')}`, `20${18 + (i % 6)}-${month}-${String(day).padStart(2, '0')}`, area.toFixed(2), String(age), sand.toFixed(1), String(frost), String(flood), rain.toFixed(0), gdd.toFixed(0), ph.toFixed(2), String(hives), Math.max(40, y).toFixed(1), String(rot)];
    rows.push(vals.join(','));
    const g = vals.slice();
    if (i % 17 === 3) g[7] = 'NA';
    if (i % 23 === 5) g[4] = '';
    if (i % 29 === 7) g[8] = 'n/a';
    gaps.push(g.join(','));
  }
  write('bogs.csv', rows.join('\n') + '\n');
  write('bogs-gaps.csv', gaps.join('\n') + '\n');
}

// sauce.csv: one row per cooked batch. Grade A/B/reject (reject rare); viscosity in cP (large).
{
  const r = rng(233 * 7 + 1);
  const head = ['lot', 'line', 'brix', 'ph', 'sugar_kg', 'pectin_g', 'cook_temp_c', 'cook_min', 'batch_kg', 'berry_pct', 'viscosity_cp', 'grade'];
  const rows: string[] = [head.join(',')];
  const eu: string[] = [head.join(';')];
  for (let i = 0; i < 360; i++) {
    const batch = clamp(normal(r, 800, 150), 400, 1300);
    const berry = clamp(normal(r, 55, 6), 35, 75);
    const sugar = batch * clamp(normal(r, 0.3, 0.04), 0.18, 0.45);
    const brix = clamp(8 + 100 * sugar / batch + normal(r, 0, 1.2), 20, 60); // collinear with sugar share
    const ph = clamp(normal(r, 2.9, 0.15), 2.4, 3.5);
    const pectin = clamp(Math.exp(normal(r, 6.5, 0.4)), 200, 3000); // skewed
    const temp = clamp(normal(r, 102, 2.5), 94, 110);
    const mins = clamp(normal(r, 24, 5), 10, 45);
    const visc = 900 + 1.4 * pectin + 60 * (brix - 38) + 45 * (mins - 24) - 900 * (ph - 2.9) + normal(r, 0, 250);
    const score = 0.09 * (brix - 38) - 2.2 * Math.abs(ph - 2.9) / 0.15 * 0.5 - 0.25 * Math.abs(temp - 102) + 0.02 * (berry - 55) + normal(r, 0, 0.6);
    const grade = score > -0.5 ? 'A' : score > -2.4 ? 'B' : 'reject';
    const vals = [`L${23300 + i}`, `line${1 + (i % 3)}`, brix.toFixed(1), ph.toFixed(2), sugar.toFixed(1), pectin.toFixed(0), temp.toFixed(1), mins.toFixed(1), batch.toFixed(0), berry.toFixed(1), Math.max(300, visc).toFixed(0), grade];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => v.replace('.', ',')).join(';'));
  }
  write('sauce.csv', rows.join('\n') + '\n');
  write('sauce-eu.csv', eu.join('\n') + '\n');
}

// bounce.tsv: the bounce-board sorter: berries that bounce are firm (good=1).
{
  const r = rng(233 * 13 + 5);
  const head = ['berry_id', 'diameter_mm', 'bounce_cm', 'color_index', 'firmness_n', 'weight_g', 'good'];
  const rows: string[] = [head.join('\t')];
  for (let i = 0; i < 300; i++) {
    const d = clamp(normal(r, 15, 2), 9, 22);
    const firm = clamp(normal(r, 30, 8), 5, 55);
    const bounce = clamp(0.4 * firm + normal(r, 0, 3), 0, 30);
    const color = clamp(normal(r, 40, 12), 5, 80);
    const w = 0.00055 * d ** 3 + normal(r, 0, 0.1);
    const good = r() < sigmoid(0.35 * (bounce - 11) + 0.05 * (color - 40)) ? 1 : 0;
    rows.push([`K${i}`, d.toFixed(1), bounce.toFixed(1), color.toFixed(0), firm.toFixed(1), w.toFixed(2), String(good)].join('\t'));
  }
  write('bounce.csv', rows.join('\n') + '\n');
}
