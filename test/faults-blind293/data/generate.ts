/**
 * Trout-farm data for fault set blind293 (seeds derived from 293). Run once:
 * `npx tsx test/faults-blind293/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// growth.csv: 4-week raceway growth records. Skewed stocking density, feed collinear with fish count,
// oxygen collinear with temperature, pen depth with no effect, id and date text columns.
{
  const next = rng(293001);
  const rows: string[] = ['pen_id,sample_date,water_temp_c,dissolved_o2_mgl,stocking_density_kgm3,fish_count,feed_kg_day,flow_lps,pen_depth_m,start_weight_g,weight_gain_g,harvest_weight_g'];
  const gapRows: string[] = [rows[0]];
  for (let i = 0; i < 360; i++) {
    const temp = clamp(normal(next, 12, 2.8), 4, 19);
    const o2 = clamp(14.6 - 0.38 * temp + normal(next, 0, 0.7), 5, 13);
    const density = clamp(Math.exp(normal(next, Math.log(24), 0.45)), 6, 90);
    const start = 60 + next() * 340;
    const count = Math.round(2000 + next() * 13000);
    const feed = count * start * 0.000012 * (temp / 12) * (0.85 + 0.3 * next());
    const flow = 40 + next() * 360;
    const depth = 1 + next();
    const tf = Math.exp(-(((temp - 15) / 5.5) ** 2));
    const of = o2 < 7 ? 0.6 : 1;
    const gain = clamp(1.9 * start ** 0.67 * tf * of - 0.18 * density + 0.02 * flow + normal(next, 0, 3), 1, 200);
    const harvest = start + gain * 3.2;
    const month = 1 + (i % 12), day = 1 + (i % 27);
    const id = `R${String(1 + (i % 24)).padStart(2, '0')}`;
    const date = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const vals = [r2(temp, 1), r2(o2, 2), r2(density, 1), count, r2(feed, 2), r2(flow, 0), r2(depth, 2), r2(start, 1), r2(gain, 1), r2(harvest, 1)];
    rows.push([id, date, ...vals].join(','));
    const g = vals.map(String);
    if (next() < 0.06) g[1] = 'NA';
    if (next() < 0.04) g[4] = '';
    gapRows.push([id, date, ...g].join(','));
  }
  write('growth.csv', rows.join('\n') + '\n');
  write('growth-gaps.csv', gapRows.join('\n') + '\n');
}

// health.csv: weekly pond health checks; outbreak (0/1) the minority (~19%), ammonia and mortality skewed.
{
  const next = rng(293002);
  const head = ['site', 'water_temp_c', 'dissolved_o2_mgl', 'ammonia_mgl', 'turbidity_ntu', 'mortality_per_1000', 'gill_score', 'outbreak'];
  const rows: string[] = [head.join(',')];
  const tabRows: string[] = [head.join('\t')];
  for (let i = 0; i < 420; i++) {
    const temp = clamp(normal(next, 12, 3), 3, 21);
    const o2 = clamp(14.4 - 0.36 * temp + normal(next, 0, 0.8), 4, 13);
    const nh3 = Math.exp(normal(next, Math.log(0.05), 0.8));
    const turb = clamp(Math.exp(normal(next, Math.log(8), 0.6)), 1, 120);
    const mort = Math.exp(normal(next, Math.log(0.6), 0.9));
    const gill = Math.min(3, Math.floor(next() * 2 + (nh3 > 0.1 ? 1 : 0) + (next() < 0.2 ? 1 : 0)));
    const z = -3.2 + 0.45 * (temp - 12) - 0.5 * (o2 - 10) + 9 * (nh3 - 0.05) + 0.9 * Math.log(mort / 0.6) + 0.6 * gill;
    const y = next() < sigmoid(z) ? 1 : 0;
    const site = ['Upper', 'Lower', 'Spring', 'Hatch'][i % 4];
    const vals = [site, r2(temp, 1), r2(o2, 2), r2(nh3, 3), r2(turb, 1), r2(mort, 2), gill, y];
    rows.push(vals.join(','));
    tabRows.push(vals.join('\t'));
  }
  write('health.csv', rows.join('\n') + '\n');
  write('health-tabs.csv', tabRows.join('\n') + '\n');
}

// grade.csv: grading-table records, four string grades with "trophy" rare.
{
  const next = rng(293003);
  const rows: string[] = ['fish_tag,length_cm,weight_g,condition_k,fin_score,age_days,grade'];
  for (let i = 0; i < 340; i++) {
    const age = 60 + next() * 620;
    const lengthCm = clamp(3 + 0.055 * age + normal(next, 0, 2.5), 3, 60);
    const k = clamp(normal(next, 1.15, 0.12), 0.8, 1.6);
    const w = (k * lengthCm ** 3) / 100;
    const fin = Math.floor(next() * 4);
    let grade = w < 15 ? 'fry' : w < 150 ? 'fingerling' : w < 480 ? 'portion' : 'trophy';
    if (next() < 0.06) grade = ['fry', 'fingerling', 'portion', 'trophy'][Math.floor(next() * 3)];
    rows.push([`T${10000 + i}`, r2(lengthCm, 1), r2(w, 1), r2(k, 3), fin, Math.round(age), grade].join(','));
  }
  write('grade.csv', rows.join('\n') + '\n');
}

// hatchery.csv: a hatchery spreadsheet export with semicolons and decimal commas; eyed-egg rate 0..1.
{
  const next = rng(293004);
  const rows: string[] = ['batch;female_weight_kg;female_age_y;egg_diameter_mm;water_temp_c;degree_days;eyed_rate'];
  const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 300; i++) {
    const age = 2 + Math.floor(next() * 4);
    const wkg = clamp(0.8 + 0.6 * age + normal(next, 0, 0.4), 0.6, 5);
    const diam = clamp(4.2 + 0.25 * wkg + normal(next, 0, 0.25), 3.5, 6.5);
    const temp = clamp(normal(next, 9, 1.5), 5, 13);
    const dd = temp * (28 + next() * 10);
    const rate = clamp(0.55 + 0.08 * (diam - 5) - 0.02 * (temp - 9) ** 2 + 0.05 * (age === 3 ? 1 : 0) + normal(next, 0, 0.05), 0.05, 0.98);
    rows.push([`H${i + 1}`, dc(wkg, 2), age, dc(diam, 2), dc(temp, 1), dc(dd, 0), dc(rate, 3)].join(';'));
  }
  write('hatchery.csv', rows.join('\n') + '\n');
}

// feed-log.csv: feeding log typed by hand: some feed amounts carry "kg", fish counts have thousands separators.
{
  const next = rng(293005);
  const rows: string[] = ['pen_id,water_temp_c,fish_count,feed_kg_day,fcr'];
  for (let i = 0; i < 120; i++) {
    const temp = r2(clamp(normal(next, 12, 2.5), 4, 19), 1);
    const count = Math.round(2000 + next() * 9000);
    const feed = r2(count * 0.0025 * (temp / 12) * (0.9 + 0.2 * next()), 1);
    const fcr = r2(clamp(0.9 + 0.04 * Math.abs(temp - 14) + normal(next, 0, 0.08), 0.7, 1.8), 2);
    const feedText = i % 9 === 4 ? `${feed}kg` : String(feed);
    rows.push([`R${String(1 + (i % 24)).padStart(2, '0')}`, temp, count, feedText, fcr].join(','));
  }
  write('feed-log.csv', rows.join('\n') + '\n');
}
