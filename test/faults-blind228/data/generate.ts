/**
 * Writes the CSVs of fault set blind228 (truffle hunters and truffle orchards), seeded from 228.
 * Run once from the repo root: npx tsx test/faults-blind228/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(dir, name), rows.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. orchards.csv: one row per orchard and season, yield of Tuber melanosporum in kg/ha (regression).
{
  const next = rng(228001);
  const head = ['orchard_id', 'season', 'soil_ph', 'limestone_pct', 'rain_jul_aug_mm', 'irrigation_mm', 'tree_age_yr', 'brule_area_m2', 'trees_per_ha', 'canopy_pct', 'fence_height_m', 'yield_kg_ha'];
  const rows = [head.join(',')];
  for (let i = 0; i < 360; i++) {
    const ph = clamp(normal(next, 7.95, 0.22), 7.3, 8.5);
    const lime = clamp(normal(next, 35, 12), 5, 70);
    const rain = clamp(Math.exp(normal(next, 4.3, 0.55)), 8, 320); // skewed summer rain
    const irrig = clamp(160 - 0.6 * rain + normal(next, 0, 15), 0, 200); // growers irrigate dry summers: collinear
    const age = clamp(normal(next, 14, 5), 4, 32);
    const brule = clamp(age * 2.4 + normal(next, 0, 4), 0, 90); // grows with tree age
    const trees = Math.round(clamp(normal(next, 380, 90), 200, 650));
    const canopy = clamp(20 + age * 2.2 + trees / 40 + normal(next, 0, 6), 10, 95);
    const fence = r2(clamp(normal(next, 1.8, 0.3), 1.2, 2.5)); // no effect
    const water = rain + 0.8 * irrig;
    const agePeak = -((age - 16) ** 2) / 40;
    const y = 28 + 14 * (ph - 7.95) / 0.22 * 0.4 + 0.18 * (lime - 35) + 0.09 * (water - 170) - 0.004 * (water - 170) ** 2 / 3
      + 2.2 * agePeak + 0.25 * brule - 0.25 * Math.max(0, canopy - 70) + normal(next, 0, 4);
    rows.push([`ORC-${String(100 + (i % 60)).padStart(4, '0')}`, `${2012 + Math.floor(i / 60)}/${2013 + Math.floor(i / 60)}`, r2(ph), r2(lime, 1), r2(rain, 1), r2(irrig, 1), r2(age, 1), r2(brule, 1), trees, r2(canopy, 1), fence, r2(clamp(y, 0, 120), 1)].join(','));
  }
  write('orchards.csv', rows);
  // French cooperative export: semicolons and decimal commas.
  write('orchards-fr.csv', rows.map((l) => l.split(',').map((c) => c.replace('.', ',')).join(';')));
}

// 2. finds.csv: one row per truffle a dog found; species (5 classes, two rare).
{
  const next = rng(228002);
  const species = ['melanosporum', 'aestivum', 'uncinatum', 'brumale', 'magnatum'];
  const weights = [0.38, 0.3, 0.2, 0.08, 0.04];
  const centre = {
    month: [1.5, 6.5, 10, 1.8, 11], soil_temp: [4, 18, 11, 4.5, 9], depth: [12, 6, 9, 10, 20], gleba: [8, 4, 5.5, 7, 2], wart: [2.5, 4.2, 3.2, 1.8, 0.2], aroma: [8, 4, 6, 5, 9.5],
  };
  const head = ['find_id', 'found_on', 'dog', 'month_idx', 'soil_temp_c', 'depth_cm', 'weight_g', 'gleba_darkness', 'wart_mm', 'aroma_score', 'species'];
  const rows = [head.join(',')];
  const gaps = [head.join(',')];
  const dogs = ['Lola', 'Brio', 'Tartufo', 'Nina', 'Pepe'];
  for (let i = 0; i < 420; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const month = clamp(normal(next, centre.month[k], 1.2), 0, 11.9);
    const st = normal(next, centre.soil_temp[k], 2.5);
    const depth = clamp(normal(next, centre.depth[k], 3.5), 1, 40);
    const w = clamp(Math.exp(normal(next, k === 4 ? 3.6 : 3.3, 0.7)), 3, 600);
    const gleba = clamp(normal(next, centre.gleba[k], 1.1), 0, 10);
    const wart = clamp(normal(next, centre.wart[k], 0.7), 0, 6);
    const aroma = clamp(normal(next, centre.aroma[k], 1.3), 0, 10);
    const label = next() < 0.05 ? species[Math.floor(next() * 5)] : species[k];
    const day = `2023-${String(1 + Math.floor(month)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const cells = [`F${5000 + i}`, day, dogs[i % 5], r2(month, 1), r2(st, 1), r2(depth, 1), r2(w, 1), r2(gleba, 1), r2(wart, 2), r2(aroma, 1), label];
    rows.push(cells.join(','));
    const g = cells.map(String);
    if (next() < 0.06) g[4] = 'NA';
    if (next() < 0.04) g[6] = '';
    if (next() < 0.03) g[8] = 'n/a';
    gaps.push(g.join(','));
  }
  write('finds.csv', rows);
  write('finds-gaps.csv', gaps);
}

// 3. grading.csv: truffles at the market table, rejected (1) or accepted (0) by the grader.
{
  const next = rng(228003);
  const head = ['lot', 'weight_g', 'firmness_n', 'moisture_pct', 'days_since_dig', 'cut_marks', 'insect_holes', 'gleba_darkness', 'price_eur_kg', 'rejected'];
  const rows = [head.join(',')];
  for (let i = 0; i < 400; i++) {
    const w = clamp(Math.exp(normal(next, 3.4, 0.6)), 5, 400);
    const firm = clamp(normal(next, 30, 7), 5, 55);
    const days = clamp(Math.floor(Math.exp(normal(next, 1.3, 0.6))), 0, 21);
    const moist = clamp(normal(next, 72 - days * 0.6, 3), 55, 85);
    const cuts = Math.floor(clamp(normal(next, 0.6, 0.9), 0, 5));
    const holes = Math.floor(clamp(Math.exp(normal(next, -0.5, 0.9)) - 0.5, 0, 12));
    const gleba = clamp(normal(next, 7, 1.5), 0, 10);
    const price = Math.round(clamp(600 + 6 * gleba * 10 + normal(next, 0, 80), 300, 1400));
    const z = -1.2 + 0.35 * (days - 4) - 0.12 * (firm - 30) + 0.9 * holes + 0.6 * cuts - 0.4 * (gleba - 7) + 0.15 * (70 - moist);
    const rej = next() < sigmoid(z) ? 1 : 0;
    rows.push([`L${24000 + i}`, r2(w, 1), r2(firm, 1), r2(moist, 1), days, cuts, holes, r2(gleba, 1), price, rej].join(','));
  }
  write('grading.csv', rows);
}

// 4. hunts.csv (tab separated, exported from a tracking app): one row per hunt outing; finds (count) and total grams.
{
  const next = rng(228004);
  const head = ['outing_id', 'started_at', 'dog_age_yr', 'dog_training_h', 'hours_out', 'area_ha', 'air_temp_c', 'wind_kmh', 'days_since_rain', 'finds', 'grams_total'];
  const rows = [head.join('\t')];
  for (let i = 0; i < 380; i++) {
    const age = clamp(normal(next, 5, 2.5), 1, 13);
    const train = clamp(Math.exp(normal(next, 5, 0.6)), 20, 900);
    const hours = clamp(normal(next, 3, 1), 0.5, 7);
    const area = clamp(hours * 1.4 + normal(next, 0, 0.6), 0.3, 12); // collinear with hours
    const temp = normal(next, 6, 5);
    const wind = clamp(Math.exp(normal(next, 2.4, 0.5)), 0, 60);
    const dry = Math.floor(clamp(Math.exp(normal(next, 1.8, 0.7)), 0, 40));
    const skill = Math.log(train) - 0.08 * (age - 6) ** 2 / 4;
    const rate = Math.exp(-1.6 + 0.5 * skill - 0.02 * wind + 0.015 * temp - 0.015 * dry);
    const finds = Math.max(0, Math.round(rate * hours * 1.2 + normal(next, 0, 0.8)));
    const grams = Math.max(0, Math.round(finds * Math.exp(normal(next, 3.4, 0.35))));
    rows.push([`H-${7000 + i}`, `2023-12-${String(1 + (i % 28)).padStart(2, '0')}T0${7 + (i % 3)}:15`, r2(age, 1), Math.round(train), r2(hours, 2), r2(area, 2), r2(temp, 1), r2(wind, 1), dry, finds, grams].join('\t'));
  }
  write('hunts.csv', rows);
}
